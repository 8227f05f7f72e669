package org.argus.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argus.model.PublishedDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Extracts the article from an HTML page: metadata from JSON-LD, OpenGraph and meta tags, then the
 * body from the container with the most paragraph text once page furniture is removed. Stateless and
 * thread-safe.
 */
final class HtmlExtractor {
    /** Pages deeper than this are cut off by the parser rather than recursed into. */
    static final int MAX_DEPTH = 512;

    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$|[^\\d])");
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(^|[\\s_-])(nav|navbar|menu|share|sharing|social|related|newsletter|subscribe|subscription|promo|advert|ad-slot|"
                    + "sponsor|comment|comments|footer|header|cookie|breadcrumb|sidebar|signup|paywall|recommend|popular|trending|"
                    + "more-stories|read-more|tags|byline-social|author-bio)([\\s_-]|$)");
    private static final String TITLE_SEPARATORS = "\\s+[|\u2013\u2014-]\\s+[^|\u2013\u2014-]{2,60}$";

    private final ObjectMapper mapper = new ObjectMapper();

    /** Extraction result. Fields are null when the page does not give them. */
    record Page(String title, String subtitle, List<String> paragraphs, List<String> captions, PublishedDate published,
                String url, String outlet) {
    }

    Page extract(String html, String givenUrl) {
        Parser parser = Parser.htmlParser();
        org.jsoup.nodes.Document page = Jsoup.parse(html, givenUrl == null ? "" : givenUrl, parser);
        JsonNode ld = newsArticleLd(page);
        String title = firstNonBlank(ldText(ld, "headline"), meta(page, "og:title"), meta(page, "twitter:title"),
                text(page.selectFirst("h1")), stripSiteSuffix(page.title()));
        String outlet = firstNonBlank(ld == null ? null : ldText(ld.get("publisher"), "name"), meta(page, "og:site_name"),
                meta(page, "application-name"));
        String canonical = page.selectFirst("link[rel=canonical]") == null ? null
                : page.selectFirst("link[rel=canonical]").attr("href");
        String url = firstNonBlank(givenUrl, canonical, meta(page, "og:url"));
        PublishedDate published = publishedDate(page, ld, url);
        String subtitle = firstNonBlank(meta(page, "og:description"), meta(page, "description"));

        List<String> captions = new ArrayList<>();
        for (Element cap : page.select("figcaption, .caption, .wp-caption-text, [class*=caption], [class*=credit]")) {
            String t = cap.text().strip();
            if (!t.isEmpty() && !captions.contains(t)) {
                captions.add(t);
            }
        }
        page.select("script, style, noscript, iframe, svg, form, button, input, select, nav, header, footer, aside, figure, "
                + "figcaption, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden]").remove();
        for (Element e : new ArrayList<>(page.getAllElements())) {
            if (e.parent() != null && e != page.body() && FURNITURE.matcher(e.className() + " " + e.id()).find()
                    && !e.tagName().equals("article") && !e.tagName().equals("main")) {
                e.remove();
            }
        }
        Element container = mainContainer(page);
        List<String> paragraphs = new ArrayList<>();
        if (container != null) {
            for (Element block : container.select("p, h2, h3, h4, li, blockquote, pre")) {
                if (block.parents().stream().anyMatch(p -> p != container && container.equals(p) == false
                        && (p.tagName().equals("p") || p.tagName().equals("blockquote") || p.tagName().equals("li")))) {
                    continue;
                }
                String t = block.text().replace('\u00A0', ' ').strip();
                if (t.isEmpty() || t.equals(title) || Clutter.isPromo(t)) {
                    continue;
                }
                if (Clutter.isCaptionOrCredit(t)) {
                    captions.add(t);
                    continue;
                }
                if (block.tagName().equals("li") && !Clutter.isBodyParagraph(t)) {
                    continue;
                }
                paragraphs.add(t);
            }
        }
        return new Page(title, subtitle, paragraphs, captions, published, url, outlet);
    }

    /** The element whose own paragraphs hold the most text: the article, or the densest block. */
    private static Element mainContainer(org.jsoup.nodes.Document page) {
        Elements articles = page.select("article, [itemprop=articleBody], main");
        Element best = null;
        int bestScore = 0;
        for (Element candidate : articles.isEmpty() ? page.select("body") : articles) {
            int score = paragraphText(candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        // No semantic container: score the parents of paragraphs.
        java.util.Map<Element, Integer> scores = new java.util.HashMap<>();
        for (Element p : page.select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, p.text().length(), Integer::sum);
            }
        }
        return scores.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(page.body());
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    private PublishedDate publishedDate(org.jsoup.nodes.Document page, JsonNode ld, String url) {
        for (String candidate : new String[] {ldText(ld, "datePublished"), meta(page, "article:published_time"),
                meta(page, "og:published_time"), meta(page, "date"), meta(page, "pubdate"), meta(page, "publishdate"),
                meta(page, "dc.date"), meta(page, "dc.date.issued"), meta(page, "sailthru.date"),
                page.selectFirst("time[datetime]") == null ? null : page.selectFirst("time[datetime]").attr("datetime")}) {
            LocalDate d = parseDate(candidate);
            if (d != null) {
                return new PublishedDate(d, PublishedDate.Origin.METADATA);
            }
        }
        if (url != null) {
            Matcher m = URL_DATE.matcher(url);
            if (m.find()) {
                try {
                    return new PublishedDate(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))), PublishedDate.Origin.URL);
                } catch (java.time.DateTimeException invalid) {
                    return null;
                }
            }
        }
        return null;
    }

    static LocalDate parseDate(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip().substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private JsonNode newsArticleLd(org.jsoup.nodes.Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = mapper.readTree(script.data());
                JsonNode found = findArticle(root);
                if (found != null) {
                    return found;
                }
            } catch (java.io.IOException | RuntimeException malformed) {
                // a broken JSON-LD block is common; the other metadata still applies
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = findArticle(n);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (node.has("@graph")) {
            return findArticle(node.get("@graph"));
        }
        JsonNode type = node.get("@type");
        String t = type == null ? "" : type.toString().toLowerCase(Locale.ROOT);
        return t.contains("article") || t.contains("report") || t.contains("posting") ? node : null;
    }

    private static String ldText(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray() && v.size() > 0) {
            v = v.get(0);
        }
        return v.isValueNode() ? v.asText() : null;
    }

    private static String meta(org.jsoup.nodes.Document page, String name) {
        Element e = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String stripSiteSuffix(String title) {
        return title == null ? null : title.replaceFirst(TITLE_SEPARATORS, "").strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
