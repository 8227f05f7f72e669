package org.argus.store;

import java.time.LocalDate;

/**
 * Which articles to list; every field may be null, meaning no filter.
 *
 * @param search words the article's title or text must all hold (full-text search, see {@link ArticleSearch})
 * @param from   published on or after this date
 * @param to     published on or before this date
 */
public record ArticleFilter(String search, LocalDate from, LocalDate to) {
    public static ArticleFilter all() {
        return new ArticleFilter(null, null, null);
    }
}
