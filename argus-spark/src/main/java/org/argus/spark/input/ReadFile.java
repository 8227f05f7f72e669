package org.argus.spark.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.argus.ingest.InputReader;
import org.argus.ingest.WarcInputs;
import org.argus.ingest.InputResult;

/**
 * Reads one listed file on an executor into raw rows ({@link RawRows}), lazily (a JSONL or WARC file
 * may hold millions of articles). Text, HTML and JSONL files go through {@link InputReader}, the
 * reader of {@code argus analyze}, so the same bytes give the same articles and the same failures:
 * a local file directly, a file on another file system after a copy to the executor's local disk.
 * Web archives are read by {@link WarcInputs}, as {@code argus ingest} reads them. A file that cannot be read is one failure row; it
 * never fails the task.
 */
public final class ReadFile implements FlatMapFunction<String, Row> {
    @Serial
    private static final long serialVersionUID = 1L;

    private final HadoopConf conf;
    private final long maxFileBytes;

    public ReadFile(HadoopConf conf, long maxFileBytes) {
        this.conf = conf;
        this.maxFileBytes = maxFileBytes;
    }

    @Override
    public Iterator<Row> call(String file) {
        try {
            Path path = new Path(file);
            FileSystem fs = path.getFileSystem(conf.get());
            if (InputListing.isWarc(path.getName())) {
                InputStream in = fs.open(path);
                WarcInputs pages = new WarcInputs(file, in, maxFileBytes);
                onTaskEnd(pages);
                return rows(pages, null, pages);
            }
            if ("file".equals(fs.getScheme())) {
                InputReader.Inputs inputs = new InputReader().read(List.of(java.nio.file.Path.of(path.toUri())));
                onTaskEnd(inputs);
                return rows(inputs, file, inputs);
            }
            java.nio.file.Path dir = Files.createTempDirectory("argus-input");
            java.nio.file.Path local = dir.resolve(path.getName());
            fs.copyToLocalFile(false, path, new Path(local.toUri()), true);
            InputReader.Inputs inputs = new InputReader().read(List.of(local));
            AutoCloseable cleanup = () -> {
                inputs.close();
                Files.deleteIfExists(local);
                Files.deleteIfExists(dir);
            };
            onTaskEnd(cleanup);
            return rows(inputs, file, cleanup);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return List.of(RawRows.failure(file, 0, "cannot read file: " + e.getMessage())).iterator();
        }
    }

    /** Closes {@code resource} when the task ends, whether or not its rows were all read. */
    private static void onTaskEnd(AutoCloseable resource) {
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener(context -> {
                try {
                    resource.close();
                } catch (Exception e) {
                    // the file was only read: nothing is lost
                }
            });
        }
    }

    /**
     * The results as rows, {@code file} (when not null) replacing the file the reader names;
     * {@code done} (may be null) is closed after the last.
     */
    private static Iterator<Row> rows(Iterator<InputResult> results, String file, AutoCloseable done) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = results.hasNext();
                if (!more && done != null) {
                    try {
                        done.close();
                    } catch (Exception e) {
                        // see onTaskEnd
                    }
                }
                return more;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return RawRows.of(results.next(), file);
            }
        };
    }
}
