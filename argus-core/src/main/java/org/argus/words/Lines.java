package org.argus.words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of Argus's line-based data files (word lists, lexicons, tables): blank lines and
 * lines whose first non-blank character is {@code #} are skipped, a {@code #} after a tab or space
 * starts a trailing comment, and every kept line remembers its 1-based number so an error can name it.
 */
public final class Lines {
    /** One kept line: where it was read and its text without comment and surrounding blanks. */
    public record Line(String source, int number, String text) {
        /** "file:line", for messages. */
        public String where() {
            return source + ":" + number;
        }

        /** The tab-separated fields of the line. */
        public String[] fields() {
            return text.split("\t", -1);
        }
    }

    private Lines() {
    }

    /** The kept lines of the classpath resource {@code resource} (an absolute path); fails when it is missing. */
    public static List<Line> resource(String resource) {
        InputStream in = Lines.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("data file missing from the build: " + resource);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(resource.substring(resource.lastIndexOf('/') + 1), r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Whether the classpath resource exists. */
    public static boolean exists(String resource) {
        return Lines.class.getResource(resource) != null;
    }

    /** The kept lines of a user's file. */
    public static List<Line> file(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), r);
        }
    }

    /** The kept lines of {@code reader}, named {@code source} in messages. */
    public static List<Line> read(String source, Reader reader) throws IOException {
        List<Line> out = new ArrayList<>();
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            String kept = strip(line);
            if (!kept.isEmpty()) {
                out.add(new Line(source, number, kept));
            }
        }
        return out;
    }

    /** The line without its comment and trailing blanks ("" for a comment or blank line). */
    static String strip(String line) {
        String s = line.strip();
        if (s.startsWith("#")) {
            return "";
        }
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) == '#' && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
                return s.substring(0, i).strip();
            }
        }
        return s;
    }
}
