package org.argus.spark.input;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files under the job's inputs, listed on the driver as {@code argus analyze} walks its inputs:
 * a folder recursively in name order, hidden files and folders (name starting with a dot) skipped,
 * and files of other kinds skipped silently; a file named explicitly is read whatever its name (the
 * reader then says what is wrong with it). Any Hadoop path works ({@code file:}, {@code hdfs:},
 * {@code s3a:}, ...), and so do glob patterns.
 */
public final class InputListing {
    /** A file to read, or an input that could not be listed (with why). */
    public record Entry(String path, String failure) {
    }

    private InputListing() {
    }

    /** Whether a file of this name is read when found in a folder: .txt, .html, .htm, .jsonl, .warc, .warc.gz. */
    public static boolean readable(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".jsonl") || isWarc(n);
    }

    /** Whether a file of this name is a web archive. */
    public static boolean isWarc(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    /** The files under {@code inputs}, in the order given (folders in name order). */
    public static List<Entry> list(List<String> inputs, Configuration conf) {
        List<Entry> out = new ArrayList<>();
        for (String input : inputs) {
            try {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] found = fs.globStatus(path);
                if (found == null || found.length == 0) {
                    out.add(new Entry(input, "no such file"));
                    continue;
                }
                for (FileStatus status : sorted(found)) {
                    if (status.isDirectory()) {
                        walk(fs, status.getPath(), out);
                    } else {
                        out.add(new Entry(status.getPath().toString(), null));
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                out.add(new Entry(input, "cannot list: " + e.getMessage()));
            }
        }
        return out;
    }

    private static void walk(FileSystem fs, Path folder, List<Entry> out) throws IOException {
        for (FileStatus child : sorted(fs.listStatus(folder))) {
            String name = child.getPath().getName();
            if (name.startsWith(".")) {
                continue;
            }
            if (child.isDirectory()) {
                walk(fs, child.getPath(), out);
            } else if (readable(name)) {
                out.add(new Entry(child.getPath().toString(), null));
            }
        }
    }

    private static List<FileStatus> sorted(FileStatus[] statuses) {
        List<FileStatus> list = new ArrayList<>(List.of(statuses));
        list.sort(Comparator.comparing(s -> s.getPath().getName()));
        return list;
    }
}
