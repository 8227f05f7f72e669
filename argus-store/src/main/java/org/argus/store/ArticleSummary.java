package org.argus.store;

import java.util.List;

/**
 * One stored article as a list shows it: the metadata fields of the article object
 * {@code analyze --format jsonl} prints (same names: {@code source} is the outlet), without its text
 * and annotations, with how many actors, quotes and events it has.
 *
 * @param duplicateOf the id of the article it is a near-duplicate of, or null
 * @param snippet     when listed by a search, the words around the first match (plain text), else null
 */
public record ArticleSummary(String id, String title, String published, String publishedOrigin, String source, String url,
                             String subtitle, List<String> authors, String language, String modified, int actors, int quotes,
                             int events, String duplicateOf, String snippet) {
    public ArticleSummary {
        authors = List.copyOf(authors);
    }
}
