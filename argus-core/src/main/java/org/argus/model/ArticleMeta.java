package org.argus.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Article metadata beyond title, date, URL and outlet.
 *
 * @param subtitle subtitle (standfirst, dek), or null
 * @param authors  author names in byline order; empty when unknown
 * @param language primary language subtag, lower case ("en", "de"), or null
 * @param modified date of the last update the page declares, or null
 */
public record ArticleMeta(String subtitle, List<String> authors, String language, LocalDate modified) {
    /** No metadata. */
    public static final ArticleMeta NONE = new ArticleMeta(null, List.of(), null, null);

    public ArticleMeta {
        authors = List.copyOf(authors);
    }
}
