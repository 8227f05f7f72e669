package org.argus.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Page metadata besides title, published date, URL and outlet: subtitle, authors, language and the
 * modification date. Each is read from the article's JSON-LD first, then OpenGraph and meta tags,
 * then the DOM ({@code rel=author}, {@code itemprop=author}, byline elements, {@code <html lang>}).
 * Stateless and thread-safe.
 */
final class HtmlMetadata {
    /** Longest subtitle taken; a longer description is a summary. */
    static final int MAX_SUBTITLE_CHARS = 300;
    /** Most authors kept from one page. */
    static final int MAX_AUTHORS = 10;

    private static final Pattern BY = Pattern.compile("(?i)^\\s*(by|written by|words by|von|par|por|di)\\s+");
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*");
    private static final Pattern LANGUAGE = Pattern.compile("(?i)^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}[\\p{L}.'\u2019-]*");

    private static final Evaluator AUTHOR = PageIndex.selector("[itemprop=author] [itemprop=name], [itemprop=author], a[rel=author], [rel=author]");
    private static final Evaluator BYLINE = PageIndex.selector("[class*=byline] [class*=author], [class*=byline], [class*=author-name]");
    private static final Evaluator DATE_MODIFIED = PageIndex.selector("[itemprop=dateModified][datetime], [itemprop=dateModified][content]");

    private static final Pattern ELLIPSIS_END = Pattern.compile("(\\.\\.\\.|\u2026)$");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i).*(https?://|www\\.|@\\w).*");
    private static final Pattern AFTER_FULL_STOP = Pattern.compile("\\.\\s+\\p{Lu}.*$");
    private static final Pattern SENTENCE_MARK = Pattern.compile(".*[!?:;\"()\\[\\]].*");
    private static final Pattern SPACE_RUN = Pattern.compile("\\s+");

    record Found(String subtitle, List<String> authors, String language, LocalDate modified) {
    }

    private HtmlMetadata() {
    }

    static Found read(Document page, PageIndex index, MetaTags metas, JsonNode ld, String title, String outlet) {
        List<String> authors = authors(index, metas, ld);
        if (outlet != null) {
            // a byline naming the site itself ("Futurism", "Cleveland.com") names no author
            authors.removeIf(a -> a.equalsIgnoreCase(outlet) || outlet.toLowerCase(Locale.ROOT).startsWith(a.toLowerCase(Locale.ROOT)));
        }
        return new Found(subtitle(page, metas, ld, title), authors, language(page, metas, ld), modified(index, metas, ld));
    }

    /** Whether a description opens like the paragraph (a truncated copy of the lead, not a subtitle). */
    static boolean sameOpening(String description, String paragraph) {
        String d = ELLIPSIS_END.matcher(norm(description)).replaceAll("").strip();
        String p = norm(paragraph);
        int n = Math.min(60, Math.min(d.length(), p.length()));
        return n >= 20 && d.regionMatches(true, 0, p, 0, n);
    }

    private static String norm(String s) {
        return CleanText.clean(s);
    }

    private static String subtitle(Document page, MetaTags metas, JsonNode ld, String title) {
        for (String candidate : new String[] {JsonLd.ldText(ld, "alternativeHeadline"), JsonLd.ldText(ld, "description"),
                metas.get("og:description"), metas.get("description"),
                metas.get("twitter:description")}) {
            if (candidate != null && !candidate.isBlank() && candidate.length() <= MAX_SUBTITLE_CHARS
                    && (title == null || !candidate.equalsIgnoreCase(title)) && Clutter.words(candidate) >= 4
                    && !Clutter.isClutter(candidate)) {
                return candidate.strip();
            }
        }
        return null;
    }

    private static List<String> authors(PageIndex index, MetaTags metas, JsonNode ld) {
        List<String> out = new ArrayList<>();
        if (ld != null) {
            ldAuthors(ld.get("author"), out);
        }
        if (out.isEmpty()) {
            for (String name : new String[] {"author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"}) {
                addNames(metas.get(name), out);
            }
        }
        if (out.isEmpty()) {
            for (Element e : index.select(index.itempropOrRel, AUTHOR)) {
                if (e.selectFirst("[itemprop=name]") == null) {
                    addNames(e.hasAttr("content") ? e.attr("content") : e.text(), out);
                }
            }
        }
        if (out.isEmpty()) {
            Element byline = index.selectFirst(index.classed, BYLINE);
            if (byline != null) {
                addNames(byline.text(), out);
            }
        }
        return out;
    }

    private static void ldAuthors(JsonNode author, List<String> out) {
        if (author == null) {
            return;
        }
        if (author.isArray()) {
            for (JsonNode a : author) {
                ldAuthors(a, out);
            }
        } else if (author.isValueNode()) {
            addNames(author.asText(), out);
        } else if (author.isObject()) {
            addNames(JsonLd.ldText(author, "name"), out);
        }
    }

    /** Adds the person names of a byline ("By Jane Roe and John Doe"); URLs and non-names are skipped. */
    static void addNames(String byline, List<String> out) {
        if (byline == null || byline.isBlank() || byline.length() > 200 || NOT_A_NAME.matcher(byline).matches()) {
            return;
        }
        String b = BY.matcher(CleanText.clean(byline)).replaceFirst("");
        b = AFTER_FULL_STOP.matcher(b).replaceAll(""); // "Jane Roe. Agency Name": the name ends at the full stop
        for (String part : AUTHOR_SPLIT.split(b)) {
            String name = ROLE.matcher(part.strip()).replaceAll("").strip();
            if (name.equals(name.toUpperCase(Locale.ROOT)) && name.length() > 3) {
                name = titleCase(name);
            }
            String n = name;
            if (isName(n) && out.stream().noneMatch(o -> o.equalsIgnoreCase(n)) && out.size() < MAX_AUTHORS) {
                out.add(n);
            }
        }
    }

    /** Job titles, agency suffixes and weekdays that bylines attach to a name. */
    private static final Pattern ROLE = Pattern.compile("(?i)((^|\\s+)(the\\s+)?(associated press|reuters|afp|ap|upi|dpa)|\\s+(staff|senior|chief)?\\s*(writer|reporter|correspondent|editor)s?"
            + "|\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday))$|^\\p{Lu}{2,5}\\s+(\\p{L}+\\s+){0,3}(writer|reporter|correspondent|editor)$");

    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (!w.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }

    /** One to five words, each starting with a letter, the first capitalised, no sentence punctuation. */
    private static boolean isName(String s) {
        if (s.isEmpty() || s.length() > 60 || SENTENCE_MARK.matcher(s).matches()) {
            return false;
        }
        String[] words = SPACE_RUN.split(s);
        if (words.length > 5 || !Character.isUpperCase(s.codePointAt(0))) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String language(Document page, MetaTags metas, JsonNode ld) {
        Element html = page.childrenSize() > 0 ? page.child(0) : null;
        Element httpEquiv = page.head().selectFirst("meta[http-equiv=content-language][content]");
        for (String candidate : new String[] {JsonLd.ldText(ld, "inLanguage"), html == null ? null : html.attr("lang"),
                html == null ? null : html.attr("xml:lang"), httpEquiv == null ? null : httpEquiv.attr("content"),
                metas.get("og:locale"), metas.get("language")}) {
            if (candidate == null) {
                continue;
            }
            java.util.regex.Matcher m = LANGUAGE.matcher(candidate.strip());
            if (m.matches()) {
                return m.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static LocalDate modified(PageIndex index, MetaTags metas, JsonNode ld) {
        List<String> candidates = new ArrayList<>();
        candidates.add(JsonLd.ldText(ld, "dateModified"));
        for (String name : new String[] {"article:modified_time", "og:updated_time", "article:modified", "dateModified",
                "last-modified", "dcterms.modified", "lastmod"}) {
            candidates.add(metas.get(name));
        }
        for (String c : candidates) {
            LocalDate d = PageDates.parseDate(c);
            if (d != null) {
                return d;
            }
        }
        Element e = index.selectFirst(index.itemprop, DATE_MODIFIED);
        return e == null ? null : PageDates.parseDate(e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"));
    }
}
