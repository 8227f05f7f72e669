package org.argus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.argus.model.SourceRef;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The pages of a web archive ({@code .warc} or {@code .warc.gz}, as web crawls and Common Crawl's
 * news crawl write them), one article per HTTP response record with status 200 and an HTML or
 * plain-text body: its target URL is the article's id and URL, and the record's date (WARC-Date,
 * when the page was captured) the article's date. Requests, metadata and other records are skipped;
 * a response that cannot be used (another status or type, a body over the limit, a damaged record)
 * is one failure naming the file, the record's position and URL, and reading goes on; a damaged
 * archive ends with one failure. Streams the file; not thread-safe.
 */
public final class WarcInputs implements Iterator<InputResult>, AutoCloseable {
    /** How the archive is opened: from a file, or from a stream (a Hadoop file system's). */
    private interface Opener {
        WarcReader open() throws IOException;
    }

    private final String file;
    private final Opener opener;
    private final long maxBytes;
    private WarcReader reader;
    private InputResult next;
    private boolean done;

    public WarcInputs(Path file, long maxBytes) {
        this(file.toString(), () -> new WarcReader(file), maxBytes);
    }

    /** The archive read from {@code in} (gzipped or not), named {@code name} in messages; closing this closes it. */
    public WarcInputs(String name, InputStream in, long maxBytes) {
        this(name, () -> new WarcReader(in), maxBytes);
    }

    private WarcInputs(String file, Opener opener, long maxBytes) {
        this.file = file;
        this.opener = opener;
        this.maxBytes = maxBytes;
    }

    /** Whether a path names a web archive by its extension. */
    public static boolean isWarc(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            next = advance();
        }
        return next != null;
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

    private InputResult advance() {
        long position = 0;
        try {
            if (reader == null) {
                reader = opener.open();
            }
            position = reader.position();
            java.util.Optional<WarcRecord> record = reader.next();
            if (record.isEmpty()) {
                finish();
                return null;
            }
            return record.get() instanceof WarcResponse response ? page(response, position) : null;
        } catch (IOException | RuntimeException e) {
            finish();
            return new InputResult.Failed(SourceRef.file(file + "@" + position),
                    "cannot read the web archive: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private InputResult page(WarcResponse response, long position) throws IOException {
        String url = response.target();
        SourceRef where = SourceRef.file(file + "@" + position + " " + url);
        if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
            return null; // a response of another protocol (DNS, gemini): no page
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
            return new InputResult.Failed(where, "HTTP " + http.status() + " response, not a page");
        }
        String type = http.contentType().base().toString().toLowerCase(Locale.ROOT);
        if (!type.equals("text/html") && !type.equals("application/xhtml+xml") && !type.equals("text/plain")) {
            return null; // images, scripts, style sheets: part of a crawl, not articles
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (body.length > maxBytes) {
            return new InputResult.Failed(where, "the page is over the limit of " + maxBytes + " bytes");
        }
        InputResult r = WebPage.document(url, type, http.contentType().parameters().get("charset"), body,
                response.date().atOffset(ZoneOffset.UTC).toLocalDate(), null);
        if (r instanceof InputResult.Read read) {
            // the archive and the record's position are where the page was read: every message names them
            org.argus.model.RawDocument d = read.document();
            return new InputResult.Read(new org.argus.model.RawDocument(d.id(), where, d.format(), d.content(), d.title(), d.url(),
                    d.published(), d.outlet()), read.warnings());
        }
        return r instanceof InputResult.Failed f ? new InputResult.Failed(where, f.reason()) : r;
    }

    private void finish() {
        done = true;
        close();
    }

    @Override
    public void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                // a failed close of a file only read loses nothing
            }
            reader = null;
        }
    }
}
