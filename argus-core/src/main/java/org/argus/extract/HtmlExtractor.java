package org.argus.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.argus.model.ArticleMeta;
import org.argus.model.PublishedDate;
import org.argus.pipeline.Deadline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

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
 * <p>A page with text always gives its best candidate: when no block survives the cleaning, the lines of
 * the cleaned body are the text, and when none is left, the lines of the whole page.
 *
 * <p>The work is shared out: {@link Furniture} (what is removed), {@link Captions}, {@link Containers}
 * (where the article sits), {@link Blocks} (its paragraphs), {@link PageDates}, {@link JsonLd},
 * {@link SiteTitle}, {@link HtmlMetadata} (subtitle, authors, language), {@link CleanText}.
 *
 * <p>Limits: pages over {@link #MAX_PAGE_CHARS} characters are refused by the stage; elements nested
 * deeper than {@value Furniture#MAX_DEPTH} below {@code <body>} are unwrapped (their text and paragraphs are
 * kept, their wrappers dropped); every walk over the tree is iterative, so no page can exhaust the
 * stack. Immutable and thread-safe.
 */
final class HtmlExtractor {
    /**
     * Largest page extracted, in characters (5 Mi, eight times the largest page of the extraction
     * benchmark); the stage refuses larger ones, so that no page holds a worker for long.
     */
    static final int MAX_PAGE_CHARS = 5 * 1024 * 1024;

    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern HTTP_PREFIX = Pattern.compile("(?i)https?://.*");
    private static final Evaluator CANONICAL = PageIndex.selector("link[rel=canonical][href]");
    private static final Evaluator HEADLINE = PageIndex.selector("article h1, main h1, h1");

    private final Furniture furniture;
    private final PageDates dates;

    /** An extractor with the shipped word lists. */
    HtmlExtractor() {
        this(PageWords.of(org.argus.words.Words.shipped()));
    }

    HtmlExtractor(PageWords words) {
        this.furniture = new Furniture(words);
        this.dates = new PageDates(words.dateMetas());
    }

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
        PageIndex index = new PageIndex(page, furniture::nonContent);
        JsonNode ld = JsonLd.newsArticleLd(index);
        MetaTags metas = MetaTags.of(index.metas);
        String outlet = firstNonBlank(ld == null ? null : JsonLd.name(ld.get("publisher")), metas.get("og:site_name"),
                metas.get("application-name"));
        String canonical = absolute(index.selectFirst(index.links, CANONICAL), "href");
        String url = firstNonBlank(canonical, httpUrl(metas.get("og:url")), givenUrl);
        Element h1 = index.selectFirst(index.h1s, HEADLINE);
        String h1Text = h1 == null ? null : CleanText.clean(h1.text());
        if (h1Text != null && outlet != null && h1Text.equalsIgnoreCase(outlet)) {
            h1Text = null;
        }
        String title = firstNonBlank(JsonLd.ldText(ld, "headline"), SiteTitle.stripSite(metas.get("og:title"), outlet, false),
                SiteTitle.stripSite(metas.get("twitter:title"), outlet, false), h1Text, SiteTitle.stripSite(page.title(), outlet, true));
        PublishedDate published = dates.publishedDate(index, metas, ld, url, givenUrl);
        HtmlMetadata.Found found = HtmlMetadata.read(page, index, metas, ld, title, outlet);

        Element body = page.body();
        if (index.deeperThan(Furniture.MAX_DEPTH)) {
            Furniture.flattenDeepNesting(body);
            furniture.removeNonContent(body);
        } else {
            for (Element e : index.bodyMatches) {
                e.remove(); // the same elements, found in the index's walk: nothing changed the body since
            }
        }
        deadline.check();
        List<Element> captionCandidates = new ArrayList<>();
        List<Element> figures = new ArrayList<>();
        furniture.removeFurniture(body, captionCandidates, figures);
        List<String> captions = Captions.take(captionCandidates, figures);
        deadline.check();
        Element container = Containers.main(body);
        deadline.check();
        String standfirst = container == null ? null : Headline.takeStandfirst(container);
        List<String> paragraphs = container == null ? new ArrayList<>() : Blocks.of(container, title, captions, deadline);
        deadline.check();
        Element bodyH1 = body.selectFirst("h1"); // nothing changes the body from here on
        Element loose = Containers.loose(body, bodyH1);
        deadline.check();
        int blockChars = paragraphs.stream().mapToInt(String::length).sum();
        if (paragraphs.isEmpty() || loose != null && (Containers.looseText(loose) > blockChars
                || Containers.nearHeadline(loose, body, bodyH1) && !Containers.nearHeadline(container, body, bodyH1))) {
            // the text is not in paragraph markup (text in <div>s and <br>s, or plain text sent as HTML):
            // clean the lines of the element holding the most loose text as scraped text
            paragraphs.clear();
            String lines = Blocks.textLines(loose != null ? loose : container == null ? body : container);
            TextExtractor.Cleaned cleaned = new TextExtractor().clean(lines, title == null ? "" : title, deadline);
            paragraphs.addAll(cleaned.paragraphs());
            for (String c : cleaned.captions()) {
                Captions.add(captions, c);
            }
        }
        if (paragraphs.isEmpty()) {
            paragraphs.addAll(bestCandidate(body, html, title));
        }
        String subtitle = firstNonBlank(standfirst, found.subtitle());
        if (subtitle != null && !paragraphs.isEmpty() && HtmlMetadata.sameOpening(subtitle, paragraphs.get(0))) {
            subtitle = null; // a description that only repeats the first paragraph is a summary, not a subtitle
        }
        ArticleMeta meta = new ArticleMeta(subtitle, found.authors(), found.language(), found.modified());
        return new Page(title, paragraphs, captions, published, url, outlet, meta);
    }

    /**
     * The text of a page whose cleaning kept nothing: the lines of the cleaned body other than the
     * title, else those of the whole page as parsed (the furniture too: a page with text never gives
     * nothing). Empty only when the page has no text.
     */
    private static List<String> bestCandidate(Element cleanedBody, String html, String title) {
        List<String> lines = withoutTitle(TextExtractor.paragraphs(Blocks.textLines(cleanedBody)), title);
        if (!lines.isEmpty()) {
            return lines;
        }
        Element whole = Jsoup.parse(html).body();
        whole.select("script, style, noscript, template").remove();
        return withoutTitle(TextExtractor.paragraphs(Blocks.textLines(whole)), title);
    }

    private static List<String> withoutTitle(List<String> lines, String title) {
        List<String> out = new ArrayList<>(lines);
        if (title != null && out.size() > 1) {
            out.removeIf(l -> l.equalsIgnoreCase(title));
        }
        return out;
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

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
