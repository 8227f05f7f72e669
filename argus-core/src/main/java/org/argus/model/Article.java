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
 */
public record Article(String title, String text, PublishedDate published, String url, String outlet,
                      List<String> captions) {
    public Article {
        Objects.requireNonNull(text, "text");
        captions = List.copyOf(captions);
    }
}
