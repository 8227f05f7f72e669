package org.argus.spark.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.argus.ingest.InputResult;
import org.argus.model.InputFormat;
import org.argus.model.PublishedDate;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The pages of a web archive (.warc or .warc.gz) read from a stream, one article per HTTP response
 * record with status 200 and an HTML or plain-text body: its target URL is the article's id and URL,
 * the record's capture date (WARC-Date) its date. Requests, metadata, images and scripts are skipped;
 * a response that cannot be used (another status, a body over the limit) is one failure naming the
 * file, the record's offset and its URL, and reading goes on; a damaged archive ends with one failure.
 * The body is decoded as UTF-8 when valid, else by the charset the server declared, else as
 * windows-1252. Not thread-safe.
 */
public final class WarcArticles implements Iterator<InputResult>, AutoCloseable {
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private final String file;
    private final long maxBytes;
    private final WarcReader reader;
    private InputResult next;
    private boolean done;

    /** Reads {@code in} (gzipped or not), naming {@code file} in messages; bodies over {@code maxBytes} fail. */
    public WarcArticles(String file, InputStream in, long maxBytes) throws IOException {
        this.file = file;
        this.maxBytes = maxBytes;
        this.reader = new WarcReader(in);
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
        long position = reader.position();
        try {
            Optional<WarcRecord> record = reader.next();
            if (record.isEmpty()) {
                done = true;
                return null;
            }
            return record.get() instanceof WarcResponse response ? page(response, position) : null;
        } catch (IOException | RuntimeException e) {
            done = true;
            return new InputResult.Failed(new SourceRef(file + "@" + position, 0),
                    "cannot read the web archive: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private InputResult page(WarcResponse response, long position) throws IOException {
        String url = response.target();
        SourceRef where = new SourceRef(file + "@" + position + " " + url, 0);
        if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
            return null;
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
            return new InputResult.Failed(where, "HTTP " + http.status() + " response, not a page");
        }
        String type = http.contentType().base().toString().toLowerCase(Locale.ROOT);
        if (!type.equals("text/html") && !type.equals("application/xhtml+xml") && !type.equals("text/plain")) {
            return null;
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (body.length > maxBytes) {
            return new InputResult.Failed(where, "the page is over the limit of " + maxBytes + " bytes");
        }
        String content = decode(body, http.contentType().parameters().get("charset"));
        if (content.isBlank()) {
            return new InputResult.Failed(where, "empty page (the response holds no text)");
        }
        PublishedDate captured = new PublishedDate(response.date().atOffset(ZoneOffset.UTC).toLocalDate(), PublishedDate.Origin.GIVEN);
        return new InputResult.Read(new RawDocument(url, where, type.equals("text/plain") ? InputFormat.TEXT : InputFormat.HTML, content,
                null, url, captured, null));
    }

    private static String decode(byte[] body, String declared) {
        int bom = body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body, bom, body.length - bom)).toString();
        } catch (CharacterCodingException notUtf8) {
            Charset charset = FALLBACK;
            try {
                charset = declared == null || declared.isBlank() ? FALLBACK : Charset.forName(declared.strip());
            } catch (IllegalArgumentException unknown) {
                // an unknown or malformed charset name: the fallback
            }
            return new String(body, charset);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
