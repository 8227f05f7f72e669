package org.argus.model;

import java.util.List;
import java.util.Objects;

/**
 * The extracted article: the cleaned body that all later stages analyse, and its metadata.
 *
 * @param title     headline, or null when none was found
 * @param text      the cleaned body; every offset in the document indexes into it
 * @param published publication date with its origin, or null
 * @param url       canonical URL, or null
 * @param outlet    site or publisher name, or null
 * @param captions  photo captions and credits kept apart from the body
 * @param meta      subtitle, authors, language and modification date ({@link ArticleMeta#NONE} when unknown)
 */
public record Article(String title, String text, PublishedDate published, String url, String outlet,
                      List<String> captions, ArticleMeta meta) {
    public Article {
        Objects.requireNonNull(text, "text");
        captions = List.copyOf(captions);
        meta = meta == null ? ArticleMeta.NONE : meta;
    }

    /** An article without further metadata. */
    public Article(String title, String text, PublishedDate published, String url, String outlet, List<String> captions) {
        this(title, text, published, url, outlet, captions, ArticleMeta.NONE);
    }
}
