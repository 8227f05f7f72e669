package org.argus.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import org.argus.model.InputFormat;
import org.argus.model.PublishedDate;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;

/**
 * Turns a page from the web (fetched, or from a web archive) into an article to analyse: its id and
 * URL are the page's URL, its text is decoded as UTF-8 when valid, else by the charset the server
 * declared, else as {@link TextDecoder} decodes a file. Stateless.
 */
final class WebPage {
    private WebPage() {
    }

    /**
     * The article of a page, or why there is none.
     *
     * @param url       the page's URL: the article's id and URL
     * @param mediaType "text/html", "application/xhtml+xml" or "text/plain"
     * @param charset   the charset the server declared, or null
     * @param published the date to take as the article's (a feed item's, a web archive record's), or null
     * @param title     the title a feed gave, or null
     */
    static InputResult document(String url, String mediaType, String charset, byte[] body, LocalDate published, String title) {
        SourceRef where = SourceRef.file(url);
        boolean html = !"text/plain".equals(mediaType);
        if (TextDecoder.looksBinary(body)) {
            return new InputResult.Failed(where, "binary data, not text");
        }
        int bom = TextDecoder.bomLength(body, body.length);
        String content = TextDecoder.utf8OrNull(body, bom, body.length);
        if (content == null) {
            Charset declared = charset(charset);
            content = declared != null ? new String(body, declared) : TextDecoder.decode(body, html);
        }
        if (content.isBlank()) {
            return new InputResult.Failed(where, "empty page (the answer holds no text)");
        }
        return new InputResult.Read(new RawDocument(url, where, html ? InputFormat.HTML : InputFormat.TEXT, content, title, url,
                published == null ? null : new PublishedDate(published, PublishedDate.Origin.GIVEN), null));
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
