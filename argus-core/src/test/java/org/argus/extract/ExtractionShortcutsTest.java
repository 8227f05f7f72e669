package org.argus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The speed shortcuts of the HTML extractor give what the plain searches they replace give: the
 * one-walk paragraph measure, the metadata index, the furniture-name words, the sentence-end scan
 * and the normalised text length.
 */
class ExtractionShortcutsTest {
    /** A page of our own with nesting, furniture, metadata and the odd markup the walks must get right. */
    private static final String PAGE = "<html lang=en><head><title>Port talks resume | Harbour Times</title>"
            + "<meta property='og:title' content='Port talks resume'><meta name=author content='Ada Stone'>"
            + "<link rel=canonical href='/2024/02/03/port-talks'>"
            + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Port talks resume\"}</script></head>"
            + "<body><header class='site-nav'><p>Menu</p></header>"
            + "<main><article><h1>Port talks resume</h1><time datetime='2024-02-03'>3 Feb</time>"
            + "<p class=byline><span class=author-name>Ada Stone</span></p>"
            + "<div itemprop=articleBody><p>Delegations from both ports met on Saturday to restart the stalled talks.</p>"
            + "<p>The mediator said <b>progress</b> was <p>slow</p> but steady.</p>"
            + "<figure><img src=a.jpg><figcaption>The harbour at dawn. (Photo by Lee Park / AFP)</figcaption></figure>"
            + "<ul><li>First point of the agreement.</li></ul></div></article></main>"
            + "<aside class='most-read'><p>Other story</p></aside><div hidden><p>Hidden text here.</p></div>"
            + "<footer><p>Copyright 2024</p></footer></body></html>";

    @Test
    void paragraphTextOfEveryElementIsWhatASelectorSearchGives() {
        for (String html : List.of(PAGE, HtmlExtractTest.fixture("jsonld-article.html"), HtmlExtractTest.fixture("meta-only.html"))) {
            Element body = Jsoup.parse(html).body();
            ParagraphText measured = new ParagraphText(body);
            for (Element e : body.getAllElements()) {
                int expected = 0;
                for (Element p : e.select("p")) {
                    expected += p.text().length();
                }
                assertEquals(expected, measured.of(e), e.cssSelector());
            }
            assertEquals(body.select("p"), measured.paragraphs());
        }
    }

    @Test
    void theMetadataIndexAnswersSelectorsAsTheFullSearchDoes() {
        for (String html : List.of(PAGE, HtmlExtractTest.fixture("jsonld-article.html"), HtmlExtractTest.fixture("meta-only.html"))) {
            Document page = Jsoup.parse(html);
            PageIndex index = new PageIndex(page);
            String[][] cases = {
                {"script[type=application/ld+json]", "scripts"}, {"link[rel=canonical][href]", "links"},
                {"article h1, main h1, h1", "h1s"}, {"article time[datetime]", "times"}, {"time[datetime]", "times"},
                {"[itemprop=author] [itemprop=name], [itemprop=author], a[rel=author], [rel=author]", "itempropOrRel"},
                {"[class*=byline] [class*=author], [class*=byline], [class*=author-name]", "classed"},
                {"[itemprop=datePublished][datetime], [itemprop=datePublished][content]", "itemprop"}};
            for (String[] c : cases) {
                Evaluator selector = PageIndex.selector(c[0]);
                List<Element> candidates = switch (c[1]) {
                    case "scripts" -> index.scripts;
                    case "links" -> index.links;
                    case "h1s" -> index.h1s;
                    case "times" -> index.times;
                    case "itempropOrRel" -> index.itempropOrRel;
                    case "classed" -> index.classed;
                    default -> index.itemprop;
                };
                assertEquals(page.select(c[0]), index.select(candidates, selector), c[0]);
                assertEquals(page.selectFirst(c[0]), index.selectFirst(candidates, selector), c[0]);
            }
            assertEquals(page.getElementsByTag("meta"), index.metas);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "site-nav, true", "navigation_bar, true", "MainMenu, false", "main menu, true", "MENU, true", "ad-slot, true",
        "header, false", "read-more, true", "read--more, false", "readmore, true", "read more, false", "most-read x, true",
        "x most-read, true", "mostread, false", "newsletter-signup, true", "story-body, false", "tags, true", "tag, false",
        "menü, false", "' ', false"})
    void furnitureNamesAreWholeWordsOrHyphenatedPairs(String names, boolean furniture) {
        assertEquals(furniture, new Furniture(PageWords.of(org.argus.words.Words.shipped())).namesFurniture(names), names);
    }

    @ParameterizedTest
    @ValueSource(strings = {"He left.", "He left!", "Did he?", "He said so.\u201D", "It was \u201Cover.\u201D", "He paused\u2026",
        "He left. \u201C", "He left.\u2014", "He left. \u00A0\u2013 ", "(He left.)", "{He left.}", "He left.']", "\u201CGo\u201D", "'Go'"})
    void sentenceEnds(String text) {
        assertTrue(Clutter.endsSentence(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"He left", "He left \u2014", "{ run(); }", "Read more:", "(AP)", "Photo [1]", "He left. \u201C x", "", "He left.\n",
        "He left. -- no"})
    void notSentenceEnds(String text) {
        assertFalse(Clutter.endsSentence(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "plain words", "  two  spaces  ", "\u00A0no-break\u00A0", "soft\u00ADhyphen", "zero\u200Bwidth",
        "\t\ttabs\n\nand lines\r\n", "\u2003em space\u2003", "\u2028line sep", "\uD83D\uDE00 emoji \uD83D", " \u200B ", "\u000Bvt"})
    void normalisedLengthIsTheLengthOfTheNormalisedText(String raw) {
        assertEquals(new TextNode(raw).text().strip().length(), Containers.normalisedLength(raw), raw);
    }
}
