package org.argus.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code <meta>} tags of a page, read in one pass: the first non-blank {@code content} for each
 * {@code property}, {@code name} or {@code itemprop} (case-insensitive; a {@code property} wins over
 * a {@code name}, which wins over an {@code itemprop}). Lookups then cost nothing, where searching the
 * tree for each of the thirty-odd names metadata is read from cost more than the body extraction.
 */
final class MetaTags {
    private static final String[] ATTRIBUTES = {"property", "name", "itemprop"};

    private final Map<String, String> content = new HashMap<>();

    private MetaTags() {
    }

    static MetaTags of(Document page) {
        return of(page.getElementsByTag("meta"));
    }

    /** The tags of these {@code <meta>} elements, in document order. */
    static MetaTags of(List<Element> metas) {
        MetaTags tags = new MetaTags();
        for (String attribute : ATTRIBUTES) {
            for (Element meta : metas) {
                String key = meta.attr(attribute);
                String value = meta.attr("content");
                if (!key.isBlank() && !value.isBlank()) {
                    tags.content.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), value);
                }
            }
        }
        return tags;
    }

    /** The content of the named tag, whitespace-normalised and entity-decoded, or null. */
    String get(String name) {
        String v = content.get(name.toLowerCase(Locale.ROOT));
        return v == null ? null : JsonLd.unescape(CleanText.clean(v));
    }
}
