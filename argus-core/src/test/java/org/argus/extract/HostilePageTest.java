package org.argus.extract;

import org.argus.pipeline.Deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.argus.model.Article;
import org.argus.model.Document;
import org.argus.model.InputFormat;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.pipeline.StageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated hostile pages, each just under the size limit or built to defeat a naive extractor:
 * every one ends with an article or with the {@link ExtractStage#NO_TEXT} rejection, and none runs
 * away (the timeout is a hang guard far above the seconds each takes, not a speed test).
 */
class HostilePageTest {
    private static final String ARTICLE = "<p>The ceasefire held through the night along the whole front line, the monitoring mission said on Sunday.</p>"
            + "<p>Both armies reported no casualties for the first time since the fighting began in the spring.</p>";
    private static final int NEAR_LIMIT = ExtractStage.MAX_CONTENT_CHARS - 1000;

    private static Article extract(String page) {
        RawDocument raw = new RawDocument("h", SourceRef.file("h.html"), InputFormat.HTML, page, null, null, null, null);
        return new ExtractStage().apply(Document.of(raw)).article();
    }

    static Stream<Arguments> hostilePages() {
        StringBuilder cookies = new StringBuilder("<p>");
        while (cookies.length() < NEAR_LIMIT) {
            cookies.append("cookie cookies share this ");
        }
        StringBuilder tiny = new StringBuilder("<body>");
        while (tiny.length() < NEAR_LIMIT) {
            tiny.append("<p>a</p><li>b</li><td>c</td>");
        }
        StringBuilder attributes = new StringBuilder();
        while (attributes.length() < NEAR_LIMIT / 2) {
            attributes.append("<div class=\"related nav x\" data-x=\"").append("y".repeat(200)).append("\"><a href=\"/more\">More</a></div>");
        }
        attributes.append("<article>").append(ARTICLE).append("</article>");
        Random random = new Random(7);
        byte[] bytes = new byte[NEAR_LIMIT / 4];
        random.nextBytes(bytes);
        String binary = new String(bytes, StandardCharsets.ISO_8859_1);
        String nested = "<table><tr><td>".repeat(20_000) + ARTICLE + "</td></tr></table>".repeat(20_000);
        String unclosed = "<div><span><b><i><a href=x>".repeat(30_000) + ARTICLE;
        String scripts = "<script>" + "var a = '<p>not text</p>';".repeat(NEAR_LIMIT / 30) + "</script>" + ARTICLE;
        String oneLongLine = "<body>" + "word ".repeat(NEAR_LIMIT / 5 - 10) + "</body>";
        return Stream.of(
                Arguments.of("one paragraph of promo words near the size limit", cookies.toString(), false),
                Arguments.of("a million tiny blocks", tiny.toString(), false),
                Arguments.of("megabytes of furniture blocks beside the article", attributes.toString(), true),
                Arguments.of("random binary data", binary, false),
                Arguments.of("tables nested 20,000 deep", nested, true),
                Arguments.of("150,000 unclosed inline elements", unclosed, true),
                Arguments.of("a huge inline script", scripts, true),
                Arguments.of("megabytes of text without markup or punctuation", oneLongLine, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostilePages")
    void endsWithAnArticleOrARejectionAndNeverRunsAway(String name, String page, boolean hasArticle) {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            try {
                Article a = extract(page);
                if (hasArticle) {
                    assertTrue(a.text().contains("The ceasefire held through the night"), name);
                }
                assertTrue(a.text().length() <= page.length(), name);
            } catch (StageException rejected) {
                assertTrue(!hasArticle, name + ": " + rejected.getMessage());
                assertTrue(rejected.getMessage().equals(ExtractStage.NO_TEXT) || rejected.getMessage().contains("time limit"),
                        rejected.getMessage());
            }
        });
    }

    @Test
    void aFiftyMegabytePageIsRefusedWithItsSizeAndTheLimit() {
        String page = "<p>" + "x".repeat(50 * 1024 * 1024) + "</p>";
        StageException e = assertThrows(StageException.class, () -> extract(page));
        assertEquals("page of " + page.length() + " characters is over the limit of " + ExtractStage.MAX_CONTENT_CHARS, e.getMessage());
    }

    @Test
    void anExtractionPastItsDeadlineStopsWithTheLimitInTheMessage() {
        String page = "<article>" + ARTICLE + "</article>";
        Deadline.Exceeded e = assertThrows(Deadline.Exceeded.class,
                () -> new HtmlExtractor().extract(page, null, Deadline.after(Duration.ZERO, "extraction", "page")));
        assertTrue(e.getMessage().contains("over the time limit of 0 s per page"), e.getMessage());
        assertThrows(Deadline.Exceeded.class, () -> new TextExtractor().clean("Some text here.\n\nMore text.", null, Deadline.after(Duration.ZERO, "extraction", "page")));
        assertEquals(10, ExtractStage.TIME_LIMIT.toSeconds(), "the documented limit");
    }
}
