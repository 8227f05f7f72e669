package org.argus.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.argus.model.DateRange;
import org.argus.model.InputFormat;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;

/**
 * Reads articles from files and folders, one at a time.
 *
 * <ul>
 *   <li>{@code .txt} is {@link InputFormat#TEXT}, {@code .html}/{@code .htm} is {@link InputFormat#HTML};
 *       the id is the file name without its extension.</li>
 *   <li>{@code .jsonl} holds one article per line (see {@link JsonlArticle} for the fields); blank
 *       lines are skipped. The file is streamed: only one line is in memory at a time.</li>
 *   <li>Folders are walked recursively in name order. Hidden files and folders (name starting with
 *       a dot) and files with other extensions are skipped silently; a file named explicitly with
 *       another extension is a failure.</li>
 *   <li>Text is decoded as {@link TextDecoder} says: UTF-16 with its byte order mark, else UTF-8 with a
 *       BOM stripped; a file that is not valid UTF-8 by its {@code <meta charset>}, else as UTF-8 with
 *       the invalid bytes replaced (with a warning) when it is mostly UTF-8, else as windows-1252. A
 *       JSONL file must be UTF-8 (RFC 8259); a line's invalid bytes are replaced, with a warning.</li>
 *   <li>Text is normalised ({@link TextNormalizer}: NUL and unpaired surrogates replaced by U+FFFD, with
 *       a warning naming the file and line), so offsets into it are offsets into what is stored.</li>
 *   <li>A JSONL {@code published} date outside the accepted dates ({@link DateRange}) fails the line;
 *       an id already read from the same file fails the later line (naming both lines; the first is kept).</li>
 * </ul>
 *
 * Every problem becomes one {@link InputResult.Failed} naming the file (and JSONL line) and reading
 * goes on with the next input: a missing or unreadable file, invalid JSON, a missing id, missing or
 * blank text, an invalid date, an unknown extension, binary data, a file over
 * {@link #MAX_FILE_BYTES} or a JSONL line over {@link #MAX_LINE_BYTES}.
 *
 * <p>An {@code InputReader} holds only its limits and may be shared; each {@link #read} call returns
 * its own {@link Inputs}, which is not thread-safe. A {@code --published} default date is applied by
 * the caller, not here.
 */
public final class InputReader {
    /** Largest .txt or .html file read (20 MiB); larger ones are refused rather than analysed for minutes. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** Largest single JSONL line (20 MiB); a longer line is refused and skipped without being held in memory. */
    public static final int MAX_LINE_BYTES = 20 * 1024 * 1024;

    private final long maxFileBytes;
    private final int maxLineBytes;
    private final DateRange dates;

    /** A reader with the default limits {@link #MAX_FILE_BYTES} and {@link #MAX_LINE_BYTES} and the default dates. */
    public InputReader() {
        this(MAX_FILE_BYTES, MAX_LINE_BYTES);
    }

    /** A reader with the default limits, accepting the dates of {@code dates}. */
    public InputReader(DateRange dates) {
        this(MAX_FILE_BYTES, MAX_LINE_BYTES, dates);
    }

    /** A reader with other limits (in bytes) for whole .txt/.html files and for single JSONL lines. */
    public InputReader(long maxFileBytes, int maxLineBytes) {
        this(maxFileBytes, maxLineBytes, DateRange.standard());
    }

    /** A reader with other limits, accepting the dates of {@code dates}. */
    public InputReader(long maxFileBytes, int maxLineBytes, DateRange dates) {
        if (maxFileBytes <= 0 || maxLineBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxFileBytes = maxFileBytes;
        this.maxLineBytes = maxLineBytes;
        this.dates = dates;
    }

    /** Streams the inputs under {@code paths}, in the order given (folders in name order). */
    public Inputs read(List<Path> paths) {
        return new Inputs(paths);
    }

    /** Calls {@code sink} with each input under {@code paths} in turn; files are closed when it returns. */
    public void forEach(List<Path> paths, Consumer<? super InputResult> sink) {
        try (Inputs inputs = read(paths)) {
            inputs.forEachRemaining(sink);
        }
    }

    /**
     * One article given as a JSONL line's object ({@code id}, {@code text} or {@code html}, optional
     * {@code url}, {@code title}, {@code published}, {@code source}), as read from a request rather
     * than a file; {@code where} names it in messages. Never throws: a bad object is a {@link InputResult.Failed}.
     */
    public static InputResult article(String json, SourceRef where) {
        return JsonlArticle.parse(json, where);
    }

    /** Convenience for callers that want the documents only (tests, small inputs); failures are dropped. */
    public static List<RawDocument> documents(Iterator<InputResult> results) {
        List<RawDocument> out = new ArrayList<>();
        results.forEachRemaining(r -> {
            if (r instanceof InputResult.Read read) {
                out.add(read.document());
            }
        });
        return out;
    }

    /** "txt", "html" or "jsonl" by extension (case-insensitive), or null for anything else. */
    static String kind(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return null;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt")) {
            return "txt";
        }
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return "html";
        }
        if (n.endsWith(".jsonl")) {
            return "jsonl";
        }
        return null;
    }

    /**
     * The inputs of one {@link #read} call, produced lazily. Closing it closes a JSONL file still
     * open; reading to the end closes it too. Not thread-safe.
     */
    public final class Inputs implements Iterator<InputResult>, AutoCloseable {
        private final Deque<Item> work = new ArrayDeque<>();
        private final Set<Path> visitedFolders = new HashSet<>();
        private InputResult next;
        private InputStream jsonl;
        private Path jsonlPath;
        private int line;
        /** The ids read from the open JSONL file, each with its line. */
        private final java.util.Map<String, Integer> ids = new java.util.HashMap<>();

        private Inputs(List<Path> paths) {
            for (Path p : paths) {
                work.add(new Item(p, true));
            }
        }

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
                next = visit(work.removeFirst());
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

        @Override
        public void close() {
            closeJsonl();
            work.clear();
            next = null;
        }

        private InputResult visit(Item item) {
            Path path = item.path();
            SourceRef where = SourceRef.file(path.toString());
            if (Files.isDirectory(path)) {
                return walk(path, where);
            }
            if (!Files.exists(path)) {
                return new InputResult.Failed(where, "no such file");
            }
            String kind = kind(path);
            if (kind == null) {
                return item.explicit()
                        ? new InputResult.Failed(where, "unknown extension (expected .txt, .html, .htm or .jsonl)")
                        : null;
            }
            if (!Files.isRegularFile(path)) {
                return new InputResult.Failed(where, "not a regular file");
            }
            if (!Files.isReadable(path)) {
                return new InputResult.Failed(where, "cannot read file: permission denied");
            }
            if (kind.equals("jsonl")) {
                try {
                    jsonl = new BufferedInputStream(Files.newInputStream(path), 64 * 1024);
                    jsonlPath = path;
                    line = 0;
                    ids.clear();
                } catch (IOException e) {
                    return new InputResult.Failed(where, "cannot read file: " + describe(e));
                }
                return null;
            }
            return readFile(path, where, kind.equals("html"));
        }

        private InputResult walk(Path folder, SourceRef where) {
            try {
                if (!visitedFolders.add(folder.toRealPath())) {
                    return null; // a symbolic link back into a folder already walked
                }
            } catch (IOException e) {
                return new InputResult.Failed(where, "cannot read folder: " + describe(e));
            }
            List<Path> children = new ArrayList<>();
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(p -> !p.getFileName().toString().startsWith(".")).forEach(children::add);
            } catch (IOException | RuntimeException e) {
                return new InputResult.Failed(where, "cannot read folder: " + describe(e));
            }
            children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            for (int i = children.size() - 1; i >= 0; i--) {
                Path child = children.get(i);
                if (Files.isDirectory(child) || kind(child) != null) {
                    work.addFirst(new Item(child, false));
                }
            }
            return null;
        }

        private InputResult nextJsonl() {
            RawLine raw;
            try {
                raw = readLine(jsonl, maxLineBytes);
            } catch (IOException e) {
                SourceRef at = new SourceRef(jsonlPath.toString(), line + 1);
                closeJsonl();
                return new InputResult.Failed(at, "cannot read file: " + describe(e));
            }
            if (raw == null) {
                closeJsonl();
                return null;
            }
            line++;
            SourceRef where = new SourceRef(jsonlPath.toString(), line);
            if (raw.overlong()) {
                return new InputResult.Failed(where, "line longer than the limit of " + maxLineBytes + " bytes");
            }
            byte[] bytes = raw.bytes();
            if (line == 1 && TextDecoder.utf16(bytes, raw.length()) != null) {
                closeJsonl();
                return new InputResult.Failed(where, "a JSONL file must be UTF-8, and this one is UTF-16 (convert it, e.g. with iconv)");
            }
            int from = line == 1 ? TextDecoder.bomLength(bytes, raw.length()) : 0;
            if (TextDecoder.looksBinary(bytes, from, raw.length())) {
                return new InputResult.Failed(where, "binary data, not text");
            }
            TextDecoder.Decoded decoded = TextDecoder.utf8Lenient(bytes, from, raw.length());
            String text = decoded.text();
            if (text.isBlank()) {
                return null;
            }
            InputResult result = JsonlArticle.parse(text, where, dates);
            if (result instanceof InputResult.Read read) {
                Integer first = ids.putIfAbsent(read.document().id(), line);
                if (first != null) {
                    return new InputResult.Failed(where, "duplicate id \"" + read.document().id() + "\": line " + first
                            + " has it too (the first is kept, this line is not read)");
                }
                if (decoded.warning() != null) {
                    List<String> warnings = new ArrayList<>(read.warnings());
                    warnings.add(0, where + ": " + decoded.warning());
                    return new InputResult.Read(read.document(), warnings);
                }
            }
            return result;
        }

        private void closeJsonl() {
            if (jsonl == null) {
                return;
            }
            try {
                jsonl.close();
            } catch (IOException ignored) {
                // a failed close of a file only read loses nothing
            }
            jsonl = null;
        }
    }

    private InputResult readFile(Path path, SourceRef where, boolean html) {
        try {
            long size = Files.size(path);
            if (size > maxFileBytes) {
                return new InputResult.Failed(where, "file of " + size + " bytes is over the limit of " + maxFileBytes + " bytes");
            }
            byte[] bytes = Files.readAllBytes(path);
            if (bytes.length > maxFileBytes) {
                return new InputResult.Failed(where, "file of " + bytes.length + " bytes is over the limit of " + maxFileBytes + " bytes");
            }
            if (TextDecoder.utf16(bytes, bytes.length) == null && TextDecoder.looksBinary(bytes)) {
                return new InputResult.Failed(where, "binary data, not text");
            }
            TextDecoder.Decoded decoded = TextDecoder.decodeWithWarning(bytes, html);
            List<String> warnings = new ArrayList<>();
            if (decoded.warning() != null) {
                warnings.add(where + ": " + decoded.warning());
            }
            TextNormalizer.Result normal = TextNormalizer.normalize(decoded.text());
            String content = normal.text();
            if (normal.changed()) {
                warnings.add(new SourceRef(where.file(), TextNormalizer.lineOf(content, normal.firstAt())) + ": " + normal.describe());
            }
            if (content.isBlank()) {
                return new InputResult.Failed(where, "empty article (the file holds no text)");
            }
            String name = path.getFileName().toString();
            String id = name.substring(0, name.lastIndexOf('.'));
            return new InputResult.Read(new RawDocument(id.isEmpty() ? name : id, where,
                    html ? InputFormat.HTML : InputFormat.TEXT, content, null, null, null, null), warnings);
        } catch (IOException | OutOfMemoryError e) {
            return new InputResult.Failed(where, "cannot read file: " + describe(e));
        }
    }

    /** One line's bytes without its terminator, or a marker that it was too long (its bytes dropped). */
    private record RawLine(byte[] bytes, int length, boolean overlong) {
    }

    /**
     * Reads up to the next {@code \n} (a trailing {@code \r} is dropped). A line over {@code max}
     * bytes is consumed to its end without being kept. Null at end of input.
     */
    private static RawLine readLine(InputStream in, int max) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
        boolean overlong = false;
        boolean any = false;
        int b;
        while ((b = in.read()) >= 0) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (overlong) {
                continue;
            }
            if (buf.size() >= max) {
                overlong = true;
                buf = new ByteArrayOutputStream(0);
                continue;
            }
            buf.write(b);
        }
        if (!any) {
            return null;
        }
        if (overlong) {
            return new RawLine(new byte[0], 0, true);
        }
        byte[] bytes = buf.toByteArray();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        return new RawLine(bytes, length, false);
    }

    private static String describe(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof OutOfMemoryError) {
            return "not enough memory";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.replace('\n', ' ');
    }

    private record Item(Path path, boolean explicit) {
    }
}
