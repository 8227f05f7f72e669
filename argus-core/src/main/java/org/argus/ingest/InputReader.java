package org.argus.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.argus.model.InputFormat;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;

/**
 * Reads inputs: files and folders (walked recursively in name order, hidden files and unknown
 * extensions skipped). JSONL files are streamed line by line. Every problem becomes an
 * {@link InputResult.Failed} naming the file (and line) and reading goes on. Not thread-safe: one
 * iterator per reader call.
 */
public final class InputReader {
    /** Largest .txt or .html file read; larger ones are refused rather than analysed for minutes. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** Largest single JSONL line. */
    public static final int MAX_LINE_CHARS = 20 * 1024 * 1024;

    /** Streams the inputs under {@code paths} in order. */
    public Iterator<InputResult> read(List<Path> paths) {
        Deque<Object> work = new ArrayDeque<>();
        for (Path p : paths) {
            work.add(new Explicit(p));
        }
        return new Iterator<>() {
            private InputResult next;
            private BufferedReader jsonl;
            private Path jsonlPath;
            private int line;
            private final JsonlArticle parser = new JsonlArticle();

            @Override
            public boolean hasNext() {
                while (next == null) {
                    if (jsonl != null) {
                        next = nextJsonl();
                        continue;
                    }
                    if (work.isEmpty()) {
                        return false;
                    }
                    next = visit(work.removeFirst(), work);
                }
                return true;
            }

            @Override
            public InputResult next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                InputResult r = next;
                next = null;
                return r;
            }

            private InputResult visit(Object item, Deque<Object> queue) {
                boolean explicit = item instanceof Explicit;
                Path path = explicit ? ((Explicit) item).path() : (Path) item;
                if (Files.isDirectory(path)) {
                    List<Path> children = new ArrayList<>();
                    try (Stream<Path> list = Files.list(path)) {
                        list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(children::add);
                    } catch (IOException e) {
                        return new InputResult.Failed(SourceRef.file(path.toString()), "cannot list folder: " + e.getMessage());
                    }
                    for (int i = children.size() - 1; i >= 0; i--) {
                        Path child = children.get(i);
                        if (Files.isDirectory(child) || kind(child) != null) {
                            queue.addFirst(child);
                        }
                    }
                    return null;
                }
                SourceRef where = SourceRef.file(path.toString());
                if (!Files.exists(path)) {
                    return new InputResult.Failed(where, "no such file");
                }
                String kind = kind(path);
                if (kind == null) {
                    return explicit ? new InputResult.Failed(where, "unknown extension (expected .txt, .html, .htm or .jsonl)") : null;
                }
                if (!Files.isReadable(path)) {
                    return new InputResult.Failed(where, "file is not readable");
                }
                if (kind.equals("jsonl")) {
                    try {
                        jsonl = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                        jsonlPath = path;
                        line = 0;
                    } catch (IOException e) {
                        return new InputResult.Failed(where, "cannot read: " + e.getMessage());
                    }
                    return null;
                }
                return readFile(path, where, kind.equals("html"));
            }

            private InputResult nextJsonl() {
                SourceRef where;
                String text;
                try {
                    text = jsonl.readLine();
                    line++;
                    where = new SourceRef(jsonlPath.toString(), line);
                } catch (IOException | UncheckedIOException e) {
                    closeJsonl();
                    return new InputResult.Failed(new SourceRef(jsonlPath.toString(), line), "cannot read: " + e.getMessage());
                }
                if (text == null) {
                    closeJsonl();
                    return null;
                }
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank()) {
                    return null;
                }
                if (text.length() > MAX_LINE_CHARS) {
                    return new InputResult.Failed(where, "line longer than " + MAX_LINE_CHARS + " characters");
                }
                if (text.indexOf('\0') >= 0) {
                    return new InputResult.Failed(where, "binary data in line");
                }
                return parser.parse(text, where);
            }

            private void closeJsonl() {
                try {
                    jsonl.close();
                } catch (IOException ignored) {
                    // nothing was written; a failed close of a read-only file loses nothing
                }
                jsonl = null;
            }
        };
    }

    private static InputResult readFile(Path path, SourceRef where, boolean html) {
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                return new InputResult.Failed(where, "file of " + size + " bytes is over the limit of " + MAX_FILE_BYTES);
            }
            byte[] bytes = Files.readAllBytes(path);
            if (TextDecoder.looksBinary(bytes)) {
                return new InputResult.Failed(where, "binary data, not text");
            }
            String content = TextDecoder.decode(bytes, html);
            if (content.isBlank()) {
                return new InputResult.Failed(where, "empty article");
            }
            String name = path.getFileName().toString();
            String id = name.substring(0, name.lastIndexOf('.'));
            return new InputResult.Read(new RawDocument(id, where, html ? InputFormat.HTML : InputFormat.TEXT, content,
                    null, null, null, null));
        } catch (IOException e) {
            return new InputResult.Failed(where, "cannot read: " + e.getMessage());
        }
    }

    /** "txt", "html" or "jsonl" by extension, or null for anything else. */
    static String kind(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return "txt";
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "html";
        }
        if (name.endsWith(".jsonl")) {
            return "jsonl";
        }
        return null;
    }

    private record Explicit(Path path) {
    }

    /** Convenience for callers that want a document list (tests, small inputs). */
    public static List<RawDocument> documents(Iterator<InputResult> results) {
        List<RawDocument> out = new ArrayList<>();
        results.forEachRemaining(r -> {
            if (r instanceof InputResult.Read read) {
                out.add(read.document());
            }
        });
        return out;
    }
}
