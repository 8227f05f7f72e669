package org.argus.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argus.model.ArticleMeta;
import org.argus.model.PublishedDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the article from an HTML page.
 *
 * <p>Metadata: title from JSON-LD ({@code NewsArticle} and other article types) {@code headline},
 * {@code og:title}, {@code twitter:title}, the {@code <h1>}, or the {@code <title>} without its
 * "| Site" suffix; date from JSON-LD {@code datePublished}, common date metas
 * ({@code article:published_time}, {@code itemprop=datePublished}, {@code pubdate}, {@code dc.date}, ...),
 * a {@code <time datetime>}, or a /YYYY/MM/DD/ URL path; outlet from the JSON-LD publisher or
 * {@code og:site_name}; URL from the canonical link, {@code og:url} or the given URL.
 *
 * <p>Body: scripts, forms, navigation, header, footer, asides and elements whose class or id name
 * page furniture (menu, nav, share, social, related, newsletter, subscribe, promo, advert, comment,
 * footer, cookie, ...) are removed; figure captions are kept apart. The content container is the
 * {@code <article>}/{@code <main>}/{@code articleBody} element when it holds most of the paragraph
 * text, else the element whose paragraphs hold the most text. Its paragraphs, sub-headings, prose list
 * items and block quotes are the body.
 *
 * <p>Limits: pages over {@link #MAX_PAGE_CHARS} characters are refused by the stage; elements nested
 * deeper than {@value #MAX_DEPTH} below {@code <body>} are unwrapped (their text and paragraphs are
 * kept, their wrappers dropped); every walk over the tree is iterative, so no page can exhaust the
 * stack. Stateless and thread-safe.
 */
final class HtmlExtractor {
    /**
     * Largest page extracted, in characters (5 Mi, eight times the largest page of the extraction
     * benchmark); the stage refuses larger ones, so that no page holds a worker for long.
     */
    static final int MAX_PAGE_CHARS = 5 * 1024 * 1024;
    /** Deepest element nesting below {@code <body>} kept; deeper wrappers are unwrapped. */
    static final int MAX_DEPTH = 256;
    /** Least own text of an element taken as an article written without paragraph markup. */
    static final int MIN_LOOSE_TEXT = 400;
    /** Captions longer than this are not taken as captions (the element is probably a container). */
    static final int MAX_CAPTION_CHARS = 600;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=/|$|[^\\d])");
    /**
     * Class and id words of page furniture; a class or id names furniture when one of its words (split at
     * whitespace, {@code _} and {@code -}; ASCII case ignored) is one of these, or two words joined by one
     * {@code -} are one of {@link #FURNITURE_PAIRS}.
     */
    private static final Set<String> FURNITURE = Set.of("nav", "navbar", "navigation", "menu", "submenu", "share", "sharing",
            "sharebar", "social", "related", "newsletter", "subscribe", "subscription", "signup", "promo", "promotion", "advert",
            "advertisement", "ad", "ads", "adslot", "dfp", "sponsor", "sponsored", "comment", "comments", "footer", "cookie", "cookies",
            "consent", "gdpr", "breadcrumb", "breadcrumbs", "sidebar", "paywall", "recommended", "recommendations", "popular",
            "trending", "outbrain", "taboola", "popup", "modal", "skip", "toolbar", "masthead", "banner", "readmore", "tags");
    /** Furniture names written as two words joined by a hyphen. */
    private static final Set<String> FURNITURE_PAIRS = Set.of("most-read", "more-stories", "read-more", "author-bio", "newsletter-signup");
    /** Elements that never hold article text: scripts, styles, embeds, forms and controls, page regions. */
    private static final Set<String> REMOVED_TAGS = Set.of("script", "style", "noscript", "iframe", "svg", "canvas", "template",
            "dialog", "form", "button", "input", "select", "textarea", "nav", "header", "footer", "aside");
    /** Roles of the page regions that are not the article ({@code role} attribute values). */
    private static final String[] REMOVED_ROLES = {"navigation", "banner", "contentinfo", "complementary"};
    private static final Evaluator CAPTION_ELEMENTS = PageIndex.selector("figcaption, [class*=caption], [class*=credit], [itemprop=caption]");
    private static final String BLOCKS = "p, h2, h3, h4, li, blockquote, pre, tr";
    private static final Pattern TITLE_SPLIT = Pattern.compile("\\s+[|\u2013\u2014\u00B7:-]\\s+|\\s*\\|\\s*");
    private static final Pattern BYLINE_OR_DATE = Pattern.compile(
            "(?i)^(by\\b|updated\\b|published\\b|posted\\b|last updated\\b|written by\\b|reporting by\\b|editing by\\b)"
                    + "|^\\W*(\\d{1,2}\\s+\\p{L}+\\s+\\d{4}|\\p{L}+\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b");

    /** Extraction result. Fields are null when the page does not give them. */
    record Page(String title, List<String> paragraphs, List<String> captions, PublishedDate published, String url,
                String outlet, ArticleMeta meta) {
    }

    Page extract(String html, String givenUrl) {
        return extract(html, givenUrl, Deadline.NONE);
    }

    /** As {@link #extract(String, String)}, giving up with {@link Deadline.Exceeded} once {@code deadline} passes. */
    Page extract(String html, String givenUrl, Deadline deadline) {
        String base = givenUrl != null && HTTP_PREFIX.matcher(givenUrl).matches() ? givenUrl : "";
        org.jsoup.nodes.Document page = Jsoup.parse(html, base);
        deadline.check();
        PageIndex index = new PageIndex(page, HtmlExtractor::nonContent);
        JsonNode ld = newsArticleLd(index);
        MetaTags metas = MetaTags.of(index.metas);
        String outlet = firstNonBlank(ld == null ? null : name(ld.get("publisher")), metas.get("og:site_name"),
                metas.get("application-name"));
        String canonical = absolute(index.selectFirst(index.links, CANONICAL), "href");
        String url = firstNonBlank(canonical, httpUrl(metas.get("og:url")), givenUrl);
        Element h1 = index.selectFirst(index.h1s, HEADLINE);
        String h1Text = h1 == null ? null : clean(h1.text());
        if (h1Text != null && outlet != null && h1Text.equalsIgnoreCase(outlet)) {
            h1Text = null;
        }
        String title = firstNonBlank(ldText(ld, "headline"), stripSite(metas.get("og:title"), outlet, false),
                stripSite(metas.get("twitter:title"), outlet, false), h1Text, stripSite(page.title(), outlet, true));
        PublishedDate published = publishedDate(index, metas, ld, url, givenUrl);
        HtmlMetadata.Found found = HtmlMetadata.read(page, index, metas, ld, title, outlet);

        Element body = page.body();
        if (index.deeperThan(MAX_DEPTH)) {
            flattenDeepNesting(body);
            removeNonContent(body);
        } else {
            for (Element e : index.bodyMatches) {
                e.remove(); // the same elements, found in the index's walk: nothing changed the body since
            }
        }
        deadline.check();
        List<Element> captionCandidates = new ArrayList<>();
        List<Element> figures = new ArrayList<>();
        removeFurniture(body, captionCandidates, figures);
        List<String> captions = captions(captionCandidates, figures);
        deadline.check();
        Element container = mainContainer(body);
        deadline.check();
        String standfirst = container == null ? null : Headline.takeStandfirst(container);
        List<String> paragraphs = container == null ? new ArrayList<>() : blocks(container, title, captions, deadline);
        deadline.check();
        Element bodyH1 = body.selectFirst("h1"); // nothing changes the body from here on
        Element loose = looseTextContainer(body, bodyH1);
        deadline.check();
        int blockChars = paragraphs.stream().mapToInt(String::length).sum();
        if (paragraphs.isEmpty() || loose != null && (looseText(loose) > blockChars || nearHeadline(loose, body, bodyH1) && !nearHeadline(container, body, bodyH1))) {
            // the text is not in paragraph markup (text in <div>s and <br>s, or plain text sent as HTML):
            // clean the lines of the element holding the most loose text as scraped text
            paragraphs.clear();
            String lines = textLines(loose != null ? loose : container == null ? body : container);
            TextExtractor.Cleaned cleaned = new TextExtractor().clean(lines, title == null ? "" : title, deadline);
            paragraphs.addAll(cleaned.paragraphs());
            for (String c : cleaned.captions()) {
                addCaption(captions, c);
            }
        }
        String subtitle = firstNonBlank(standfirst, found.subtitle());
        if (subtitle != null && !paragraphs.isEmpty() && HtmlMetadata.sameOpening(subtitle, paragraphs.get(0))) {
            subtitle = null; // a description that only repeats the first paragraph is a summary, not a subtitle
        }
        ArticleMeta meta = new ArticleMeta(subtitle, found.authors(), found.language(), found.modified());
        return new Page(title, paragraphs, captions, published, url, outlet, meta);
    }

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Text blocks that {@link #flattenDeepNesting} keeps however deep they sit. */
    private static final Set<String> KEPT_DEEP = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "br", "a");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern HTTP_PREFIX = Pattern.compile("(?i)https?://.*");

    private static final Evaluator CANONICAL = PageIndex.selector("link[rel=canonical][href]");
    private static final Evaluator HEADLINE = PageIndex.selector("article h1, main h1, h1");
    private static final Evaluator DATE_PUBLISHED = PageIndex.selector("[itemprop=datePublished][datetime], [itemprop=datePublished][content]");
    /** In order of trust: a {@code <time>} in the article, one marked pubdate, one in {@code <main>}, any. */
    private static final Evaluator[] TIMES = {PageIndex.selector("article time[datetime]"), PageIndex.selector("time[pubdate][datetime]"),
        PageIndex.selector("main time[datetime]"), PageIndex.selector("time[datetime]")};
    private static final Evaluator SEMANTIC_CONTAINERS = PageIndex.selector("[itemprop=articleBody], article, main, [role=main]");
    private static final Evaluator LD_JSON = PageIndex.selector("script[type=application/ld+json]");

    /** Unwraps elements nested deeper than {@link #MAX_DEPTH}, except text blocks, keeping their content. */
    private static void flattenDeepNesting(Element body) {
        List<Element> tooDeep = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (depth > MAX_DEPTH && node instanceof Element e && !KEPT_DEEP.contains(e.normalName())) {
                tooDeep.add(e);
            }
        }, body);
        for (int i = tooDeep.size() - 1; i >= 0; i--) {
            tooDeep.get(i).unwrap();
        }
    }

    /**
     * Removes the {@link #REMOVED_TAGS} elements, the page regions of the {@link #REMOVED_ROLES} and elements
     * hidden by {@code hidden} or {@code aria-hidden=true}: one walk instead of a selector with twenty alternatives.
     */
    private static void removeNonContent(Element root) {
        List<Element> removed = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e && nonContent(e)) {
                removed.add(e);
            }
        }, root);
        for (Element e : removed) {
            e.remove();
        }
    }

    private static boolean nonContent(Element e) {
        if (REMOVED_TAGS.contains(e.normalName())) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.hasAttr("hidden") || e.hasAttr("aria-hidden") && e.attr("aria-hidden").trim().equalsIgnoreCase("true")) {
            return true;
        }
        if (e.hasAttr("role")) {
            String role = e.attr("role").trim();
            for (String r : REMOVED_ROLES) {
                if (r.equalsIgnoreCase(role)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Removes elements whose class or id names page furniture, unless they hold most of the page's text. */
    private static void removeFurniture(Element body, List<Element> captionCandidates, List<Element> figures) {
        ParagraphText paragraphText = new ParagraphText(body);
        int total = paragraphText.of(body);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                FilterResult result = e == body ? FilterResult.CONTINUE : furniture(e);
                if (result == FilterResult.CONTINUE) {
                    // what the walk keeps is what the caption search will see: gather its candidates now
                    if ((e.attributesSize() > 0 || e.normalName().equals("figcaption")) && CAPTION_ELEMENTS.matches(body, e)) {
                        captionCandidates.add(e);
                    }
                    if (e.normalName().equals("figure")) {
                        figures.add(e);
                    }
                }
                return result;
            }

            /** Whether class and id names name furniture, by the names: pages repeat the same few many times. */
            private final Map<String, Boolean> furnitureNames = new HashMap<>();

            private FilterResult furniture(Element e) {
                if (e.attributesSize() == 0) {
                    return FilterResult.CONTINUE; // no class, no id
                }
                String tag = e.normalName();
                if (tag.equals("article") || tag.equals("main") || e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) {
                    return FilterResult.CONTINUE;
                }
                String names = e.className() + " " + e.id();
                if (names.isBlank() || !furnitureNames.computeIfAbsent(names, n -> namesFurniture(n) && !containsEmbed(n))) {
                    return FilterResult.CONTINUE;
                }
                int own = paragraphText.of(e);
                if (own >= 400 && own * 2 >= total) {
                    return FilterResult.CONTINUE; // a wrapper with a furniture-like name around the article itself
                }
                return FilterResult.REMOVE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
    }

    /** Whether class and id names (space-separated) hold a {@link #FURNITURE} word or {@link #FURNITURE_PAIRS} pair. */
    static boolean namesFurniture(String names) {
        String n = asciiLower(names);
        int end = n.length();
        // a line break ends the text as the end of the names does (the regex these words came from ended at "$")
        if (end > 0 && (n.charAt(end - 1) == '\u0085' || n.charAt(end - 1) == '\u2028' || n.charAt(end - 1) == '\u2029')) {
            end--;
        }
        int prevStart = -1;
        int prevEnd = -1;
        for (int i = 0; i < end; ) {
            if (isNameSeparator(n.charAt(i))) {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < end && !isNameSeparator(n.charAt(wordEnd))) {
                wordEnd++;
            }
            String word = n.substring(i, wordEnd);
            if (FURNITURE.contains(word)) {
                return true;
            }
            if (prevEnd >= 0 && i == prevEnd + 1 && n.charAt(prevEnd) == '-' && FURNITURE_PAIRS.contains(n.substring(prevStart, wordEnd))) {
                return true;
            }
            prevStart = i;
            prevEnd = wordEnd;
            i = wordEnd;
        }
        return false;
    }

    private static boolean isNameSeparator(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '_' || c == '-';
    }

    /** Class or id names of embedded posts and media ("social-embed"), kept even when they also name a furniture word. */
    private static boolean containsEmbed(String names) {
        return asciiLower(names).contains("embed");
    }

    /** Lower case for ASCII letters only, as a case-insensitive regex compares. */
    private static String asciiLower(String s) {
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                if (c == null) {
                    c = s.toCharArray();
                }
                c[i] = (char) (ch + ('a' - 'A'));
            }
        }
        return c == null ? s : new String(c);
    }

    /**
     * Figure captions and credits, in page order, removed from the page once taken; the candidates are the
     * caption elements of the cleaned body and its figures, in document order (gathered by {@link #removeFurniture}).
     */
    private static List<String> captions(List<Element> candidates, List<Element> figures) {
        List<String> captions = new ArrayList<>();
        List<Element> taken = new ArrayList<>();
        for (Element cap : candidates) {
            if (cap.selectFirst("article, main, p p") != null || taken.stream().anyMatch(t -> cap.parents().contains(t))) {
                continue;
            }
            String t = clean(cap.text());
            if (t.length() > MAX_CAPTION_CHARS) {
                continue;
            }
            taken.add(cap);
            if (!t.isEmpty()) {
                addCaption(captions, t);
            }
        }
        for (Element e : taken) {
            e.remove();
        }
        for (Element figure : figures) {
            figure.remove();
        }
        return captions;
    }

    private static void addCaption(List<String> captions, String caption) {
        for (int i = 0; i < captions.size(); i++) {
            String c = captions.get(i);
            if (c.contains(caption)) {
                return;
            }
            if (caption.contains(c)) {
                captions.set(i, caption);
                return;
            }
        }
        captions.add(caption);
    }

    /**
     * The content container: the {@code articleBody}, {@code <article>} or {@code <main>} element with
     * the most paragraph text when it holds at least half of the page's; else the element whose own
     * paragraphs hold the most text (each paragraph also counts half for its grandparent). Null when
     * the page has no paragraph text.
     */
    private static Element mainContainer(Element body) {
        ParagraphText paragraphText = new ParagraphText(body, SEMANTIC_CONTAINERS);
        int total = paragraphText.of(body);
        if (total == 0) {
            return null;
        }
        Element best = null;
        int bestScore = 0;
        for (Element candidate : paragraphText.matched()) {
            int score = paragraphText.of(candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best != null && bestScore * 2 >= total) {
            // prefer the innermost semantic container that still holds nearly all of that text
            for (Element inner : best.select("[itemprop=articleBody], article")) {
                if (inner != best && paragraphText.of(inner) * 10 >= bestScore * 9) {
                    return inner;
                }
            }
            return best;
        }
        Map<Element, Integer> scores = new IdentityHashMap<>();
        for (Element p : paragraphText.paragraphs()) {
            int n = clean(paragraphText.text(p)).length();
            if (n < 25) {
                continue;
            }
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, n, Integer::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    scores.merge(grand, n / 2, Integer::sum);
                }
            }
        }
        Element best2 = scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(body);
        // the article may be spread over sibling blocks: widen to the ancestor that holds most of the prose
        while (best2 != body && best2.parent() != null && paragraphText.of(best2) * 10 < total * 6) {
            best2 = best2.parent();
        }
        return best2;
    }

    /**
     * The element with the most loose text (text nodes and inline elements among its children, not
     * text inside child blocks), when that is at least {@value #MIN_LOOSE_TEXT} characters: an article
     * written as text and {@code <br>}s rather than paragraphs. Text that shares a parent with the
     * page's {@code <h1>} counts double, as article text follows its headline. Null when there is none.
     */
    private static Element looseTextContainer(Element body, Element h1) {
        Element headed = h1 == null ? null : h1.parent();
        Element best = null;
        int bestScore = 0;
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("p") || tag.equals("li") || tag.equals("blockquote") || tag.equals("pre") || HEADINGS.contains(tag)) {
                continue;
            }
            int loose = looseText(e);
            if (loose < MIN_LOOSE_TEXT) {
                continue;
            }
            int score = headed != null && (e == headed || e.parents().contains(headed)) ? 2 * loose : loose;
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** Whether {@code e} holds the page's {@code <h1>}, or sits under the {@code <h1>}'s parent. */
    private static boolean nearHeadline(Element e, Element body, Element h1) {
        if (e == null || h1 == null || h1.parent() == null) {
            return false;
        }
        return e == h1.parent() || e.parents().contains(h1.parent()) || h1.parents().contains(e) && e != body;
    }

    private static int looseText(Element e) {
        int n = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                n += normalisedLength(t.getWholeText());
            } else if (child instanceof Element c && !c.isBlock() && !c.normalName().equals("a")) {
                n += c.text().length();
            }
        }
        return n;
    }

    /**
     * The length of {@code TextNode.text().strip()} for a text node of this whole text, without building
     * it: jsoup's normalisation (runs of space, tab, line breaks and no-break space become one space;
     * zero-width space and soft hyphen are dropped), then Java's strip of leading and trailing whitespace.
     */
    static int normalisedLength(String s) {
        int length = 0;
        int upToLastNonSpace = 0;
        boolean started = false;
        boolean lastWasWhite = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            int out;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0') {
                if (lastWasWhite) {
                    continue;
                }
                lastWasWhite = true;
                out = ' ';
            } else if (c == '\u200B' || c == '\u00AD') {
                continue;
            } else {
                lastWasWhite = false;
                out = c;
            }
            boolean white = Character.isWhitespace(out);
            if (!started && white) {
                continue;
            }
            started = true;
            length += Character.charCount(out);
            if (!white) {
                upToLastNonSpace = length;
            }
        }
        return upToLastNonSpace;
    }

    /** The body blocks of the container: paragraphs, headings followed by text, prose list items, quotes. */
    private static List<String> blocks(Element container, String title, List<String> captions, Deadline deadline) {
        List<String> out = new ArrayList<>();
        List<Boolean> heading = new ArrayList<>();
        int seen = 0;
        for (Element block : container.select(BLOCKS)) {
            if ((++seen & 63) == 0) {
                deadline.check();
            }
            if (insideOtherBlock(block, container)) {
                continue;
            }
            String tag = block.normalName();
            if (tag.equals("tr")) {
                String row = tableRow(block);
                if (row != null) {
                    out.add(row);
                    heading.add(false);
                }
                continue;
            }
            if (insideLink(block, container)) {
                continue; // a headline or summary wrapped in a link: a teaser card for another story
            }
            String t = clean(block.text());
            if (t.isEmpty() || (title != null && t.equalsIgnoreCase(title))) {
                continue;
            }
            boolean isHeading = tag.equals("h2") || tag.equals("h3") || tag.equals("h4");
            if (Clutter.isCaptionOrCredit(t) && !Clutter.isBodyParagraph(t)) {
                addCaption(captions, t);
                continue;
            }
            if (Clutter.isClutter(t) || mostlyLink(block, t)) {
                continue;
            }
            if (tag.equals("li") && !Clutter.isBodyParagraph(t) && !proseListItem(block, t)) {
                continue;
            }
            if (!isHeading && !Clutter.endsSentence(t) && Clutter.words(t) <= 12 && BYLINE_OR_DATE.matcher(t).find()) {
                continue;
            }
            out.add(t);
            heading.add(isHeading);
        }
        // a heading is kept only when text follows it
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            boolean textFollows = i + 1 < out.size() && !heading.get(i + 1);
            if (!heading.get(i) || textFollows) {
                kept.add(out.get(i));
            }
        }
        return kept;
    }

    /**
     * The cells of a data-table row, space-separated; null for a layout row (one holding paragraphs,
     * lists or another table) or an empty one.
     */
    private static String tableRow(Element row) {
        if (row.selectFirst("p, li, blockquote, pre, table, h1, h2, h3, h4, div p") != null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Element cell : row.children()) {
            String c = clean(cell.text());
            if (!c.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(c);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static boolean insideLink(Element block, Element container) {
        for (Element p = block.parent(); p != null && p != container; p = p.parent()) {
            if (p.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short list item that belongs to the prose: its list sits among the article's paragraphs (the
     * list's parent also holds paragraphs) and the item is not mostly a link.
     */
    private static boolean proseListItem(Element item, String text) {
        Element list = item.parent();
        if (list == null || !(list.normalName().equals("ul") || list.normalName().equals("ol")) || list.parent() == null) {
            return false;
        }
        int paragraphs = 0;
        for (Element sibling : list.parent().children()) {
            if (sibling.normalName().equals("p") && Clutter.isBodyParagraph(clean(sibling.text()))) {
                paragraphs++;
            }
        }
        return paragraphs >= 2 && !mostlyLink(item, text);
    }

    private static boolean insideOtherBlock(Element block, Element container) {
        for (Element p = block.parent(); p != null && p != container; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("p") || tag.equals("li") || tag.equals("blockquote") || tag.equals("pre") || tag.equals("tr")) {
                return true;
            }
        }
        return false;
    }

    /** A short block that is mostly link text: a "read more" teaser rather than prose. */
    private static boolean mostlyLink(Element block, String text) {
        if (Clutter.words(text) > 25) {
            return false;
        }
        int linked = 0;
        for (Element a : block.select("a")) {
            linked += clean(a.text()).length();
        }
        return linked * 10 >= text.length() * 8;
    }

    /** The element's text with a line break at every block boundary and {@code <br>}. */
    private static String textLines(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText().replace('\n', ' '));
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    sb.append('\n');
                }
            }
        }, root);
        return sb.toString();
    }

    // ---------------------------------------------------------------- metadata

    private static PublishedDate publishedDate(PageIndex index, MetaTags metas, JsonNode ld, String url, String givenUrl) {
        List<String> candidates = new ArrayList<>();
        candidates.add(ldText(ld, "datePublished"));
        for (String name : new String[] {"article:published_time", "og:article:published_time", "datePublished",
                "published_time", "og:published_time", "pubdate", "publishdate", "publish-date", "publish_date",
                "article.published", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
                "dc.date", "dcterms.date", "dcterms.created", "date", "original-publish-date", "article_date_original"}) {
            candidates.add(metas.get(name));
        }
        for (String candidate : candidates) {
            LocalDate d = parseDate(candidate);
            if (d != null) {
                return new PublishedDate(d, PublishedDate.Origin.METADATA); // the DOM need not be searched
            }
        }
        candidates.clear();
        Element dated = index.selectFirst(index.itemprop, DATE_PUBLISHED);
        if (dated != null) {
            candidates.add(dated.hasAttr("datetime") ? dated.attr("datetime") : dated.attr("content"));
        }
        // in order of trust: a <time> in the article, one marked pubdate, one in <main>, any (a ticker's or a sidebar's last)
        for (Evaluator selector : TIMES) {
            Element time = index.selectFirst(index.times, selector);
            if (time != null) {
                candidates.add(time.attr("datetime"));
                break;
            }
        }
        for (String candidate : candidates) {
            LocalDate d = parseDate(candidate);
            if (d != null) {
                return new PublishedDate(d, PublishedDate.Origin.METADATA);
            }
        }
        for (String u : new String[] {url, givenUrl}) {
            LocalDate d = urlDate(u);
            if (d != null) {
                return new PublishedDate(d, PublishedDate.Origin.URL);
            }
        }
        return null;
    }

    /** The date in a /YYYY/MM/DD/ (or /YYYY-MM-DD/) URL path, or null. */
    static LocalDate urlDate(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static final Pattern ISO = Pattern.compile("^((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:$|[T\\s].*)");
    private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:$|T.*)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)^(?:\\p{L}{3,9},?\\s+)?(\\d{1,2})\\s+(\\p{L}{3,9})\\.?,?\\s+((?:19|20)\\d{2})\\b.*");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)^(?:\\p{L}{3,9},?\\s+)?(\\p{L}{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b.*");

    /**
     * A date as metadata writes it: ISO date or date-time (the date as written, not shifted to UTC),
     * {@code 2020/06/08}, {@code 20200608}, RFC 1123 ({@code Mon, 08 Jun 2020 10:00:00 GMT}),
     * {@code 8 June 2020} or {@code June 8, 2020}. Null for anything else.
     */
    static LocalDate parseDate(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty() || v.length() > 80) {
            return null;
        }
        Matcher m = ISO.matcher(v);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(v);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = DAY_MONTH_YEAR.matcher(v);
        if (m.matches()) {
            Integer month = month(m.group(2));
            return month == null ? null : date(m.group(3), String.valueOf(month), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(v);
        if (m.matches()) {
            Integer month = month(m.group(1));
            return month == null ? null : date(m.group(3), String.valueOf(month), m.group(2));
        }
        return null;
    }

    private static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.length() < 3) {
            return null;
        }
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (full.equals(n) || (n.length() <= 4 && full.startsWith(n.substring(0, 3)) && (n.length() == 3 || n.equals("sept")))) {
                return month.getValue();
            }
        }
        return null;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException invalid) {
            return null;
        }
    }

    /** The first JSON-LD object of an article type (NewsArticle, Article, ReportageNewsArticle, BlogPosting, ...). */
    private static JsonNode newsArticleLd(PageIndex index) {
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

    private static JsonNode findArticle(JsonNode node, int depth) {
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
        return v == null || !v.isValueNode() || v.isNull() ? null : unescape(clean(v.asText()));
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
            return clean(publisher.asText());
        }
        return ldText(publisher, "name");
    }


    /** Entities left escaped in metadata values ("&amp;#8211;" printed into JSON-LD or a meta tag) decoded. */
    static String unescape(String s) {
        return s != null && s.indexOf('&') >= 0 && s.indexOf(';') > s.indexOf('&') ? org.jsoup.parser.Parser.unescapeEntities(s, false) : s;
    }

    private static String absolute(Element e, String attr) {
        if (e == null) {
            return null;
        }
        String abs = e.absUrl(attr);
        return httpUrl(abs.isEmpty() ? e.attr(attr) : abs);
    }

    private static String httpUrl(String u) {
        return u != null && HTTP_URL.matcher(u.strip()).matches() ? u.strip() : null;
    }

    /**
     * A title without the site's name: "Headline | Site", "Site - Headline", "Headline – Site". A
     * segment is removed when it names the outlet, or (for {@code anyPipeSuffix}, the {@code <title>})
     * when it follows the last "|" and the headline keeps three words or more.
     */
    static String stripSite(String title, String outlet, boolean anyPipeSuffix) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = clean(title);
        String site = outlet == null ? null : LEADING_THE.matcher(outlet.toLowerCase(Locale.ROOT)).replaceAll("");
        Matcher m = TITLE_SPLIT.matcher(t);
        List<int[]> seps = new ArrayList<>();
        while (m.find()) {
            seps.add(new int[] {m.start(), m.end()});
        }
        if (seps.isEmpty()) {
            return t;
        }
        int[] lastSep = seps.get(seps.size() - 1);
        String suffix = t.substring(lastSep[1]).strip();
        String head = t.substring(0, lastSep[0]).strip();
        if (site != null && namesSite(suffix, site)) {
            return head;
        }
        int[] firstSep = seps.get(0);
        String prefix = t.substring(0, firstSep[0]).strip();
        if (site != null && namesSite(prefix, site)) {
            return t.substring(firstSep[1]).strip();
        }
        if (anyPipeSuffix && t.substring(lastSep[0], lastSep[1]).contains("|") && suffix.length() <= 40
                && Clutter.words(head) >= 3) {
            return head;
        }
        return t;
    }

    private static boolean namesSite(String segment, String site) {
        String s = LEADING_THE.matcher(segment.toLowerCase(Locale.ROOT)).replaceAll("");
        return !s.isEmpty() && (s.equals(site) || (s.length() >= 3 && site.contains(s)) || (site.length() >= 3 && s.contains(site)
                && s.length() <= site.length() + 12));
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }


    /** Whether {@link #clean} would return the text unchanged: kept characters with single spaces between them. */
    private static boolean isClean(String s) {
        int n = s.length();
        boolean previousKept = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x7F || c >= 0x7F && !dropped(c)) {
                previousKept = true;
            } else if (c == ' ' && previousKept && i + 1 < n && s.charAt(i + 1) != ' ' && !dropped(s.charAt(i + 1))) {
                previousKept = false;
            } else {
                return false;
            }
        }
        return true;
    }

    /** A character {@link #clean} drops or turns into a space: invisible, whitespace or a space character. */
    private static boolean dropped(char c) {
        return c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || Character.isWhitespace(c)
                || Character.isSpaceChar(c);
    }

    /** Whitespace normalised to single spaces, invisible characters removed. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        if (isClean(s)) {
            return s; // most block texts come from jsoup already normalised
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                continue; // invisible
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = sb.length() > 0;
                continue;
            }
            if (pendingSpace) {
                sb.append(' ');
                pendingSpace = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
