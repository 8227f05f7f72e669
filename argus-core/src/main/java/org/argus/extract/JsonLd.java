package org.argus.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/** The JSON-LD article object of a page ({@code NewsArticle}, {@code Article}, ...) and its fields. Stateless and thread-safe. */
final class JsonLd {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Evaluator LD_JSON = PageIndex.selector("script[type=application/ld+json]");

    private JsonLd() {
    }

    /** The first JSON-LD object of an article type (NewsArticle, Article, ReportageNewsArticle, BlogPosting, ...). */
    static JsonNode newsArticleLd(PageIndex index) {
        for (Element script : index.select(index.scripts, LD_JSON)) {
            String data = script.data();
            if (!mayNameArticle(data)) {
                continue; // no @type of findArticle's can be in it: not worth parsing
            }
            try {
                JsonNode found = findArticle(MAPPER.readTree(data), 0);
                if (found != null) {
                    return found;
                }
            } catch (java.io.IOException | RuntimeException malformed) {
                // a broken JSON-LD block is common; the other metadata still applies
            }
        }
        return null;
    }

    /**
     * Whether JSON text can hold a type {@link #findArticle} accepts: the words it looks for, or a
     * {@code \\u} escape that could spell them.
     */
    static boolean mayNameArticle(String json) {
        String lower = json.toLowerCase(Locale.ROOT);
        return lower.contains("article") || lower.contains("report") || lower.contains("posting") || json.contains("\\u");
    }

    static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 8) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = findArticle(n, depth + 1);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        String t = type == null ? "" : type.toString().toLowerCase(Locale.ROOT);
        if (t.contains("article") || t.contains("report") || t.contains("posting")) {
            return node;
        }
        for (String nested : new String[] {"@graph", "mainEntity", "mainEntityOfPage"}) {
            JsonNode f = findArticle(node.get(nested), depth + 1);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    static String ldText(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        if (v != null && v.isArray() && v.size() > 0) {
            v = v.get(0);
        }
        return v == null || !v.isValueNode() || v.isNull() ? null : unescape(CleanText.clean(v.asText()));
    }

    /** The name of a JSON-LD publisher: a string, an object with "name", or the first of an array. */
    static String name(JsonNode publisher) {
        if (publisher == null) {
            return null;
        }
        if (publisher.isArray()) {
            return publisher.size() == 0 ? null : name(publisher.get(0));
        }
        if (publisher.isValueNode()) {
            return CleanText.clean(publisher.asText());
        }
        return ldText(publisher, "name");
    }


    /** Entities left escaped in metadata values ("&amp;#8211;" printed into JSON-LD or a meta tag) decoded. */
    static String unescape(String s) {
        return s != null && s.indexOf('&') >= 0 && s.indexOf(';') > s.indexOf('&') ? org.jsoup.parser.Parser.unescapeEntities(s, false) : s;
    }
}
