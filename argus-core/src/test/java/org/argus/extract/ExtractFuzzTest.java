package org.argus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argus.model.Article;
import org.argus.model.InputFormat;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.pipeline.StageException;

/**
 * Random and mutated pages and texts through the extract stage (issue 23): nothing escapes but a
 * {@link StageException} with a reason, a text input with words is never emptied, a page with words
 * never gives nothing, and no control character but newline is left in a text that came in clean.
 */
class ExtractFuzzTest {
    private static final ExtractStage STAGE = new ExtractStage();
    /** Pieces of pages the team wrote: markup, furniture, prose, odd characters. */
    private static final List<String> PIECES = List.of("<p>", "</p>", "<div class='menu'>", "<div class=\"story-body\">", "</div>",
            "<article>", "</article>", "<nav>Home | World</nav>", "<h1>Border talks resume</h1>", "<br>", "<script>x()</script>",
            "<!--", "-->", "<![CDATA[", "&amp;", "&#0;", "&#xD800;", "<table><tr><td>", "Sign up for our newsletter",
            "The envoy met the rebel commander near the river crossing on Monday, aides said.",
            "Farmers in the north have demanded a meeting with the agriculture minister", "\u0000", "\u001b[2J", "\uD83D\uDE00",
            "\uD800", "\u202E", "\r\n", "\n\n", "\t", "\u00A0", "\uFEFF", "<", ">", "\"", "'", "<meta charset='utf-8'>",
            "<time datetime='9999-12-31'>", "<meta property='article:published_time' content='0001-01-01'>");

    @Provide
    Arbitrary<String> pages() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> mutatedPages() {
        Arbitrary<String> base = Arbitraries.of(
                "<html><head><title>Talks | Example</title></head><body><nav>Home</nav><article><h1>Talks</h1>"
                        + "<p>The envoy met the rebel commander near the river crossing on Monday, aides said.</p>"
                        + "<p>Both sides agreed to meet again next week in the capital, officials said.</p></article></body></html>");
        return Combinators.combine(base, Arbitraries.integers().between(0, 400), Arbitraries.strings().ofMaxLength(12))
                .as((page, at, insert) -> page.substring(0, Math.min(at, page.length())) + insert + page.substring(Math.min(at, page.length())));
    }

    private static Article extract(InputFormat format, String content) {
        return STAGE.extract(new RawDocument("f", SourceRef.file("f"), format, content, null, null, null, null));
    }

    private static boolean hasWords(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    @Property(tries = 300)
    void aRandomPageGivesAnArticleOrAReason(@ForAll("pages") String page) {
        try {
            Article a = extract(InputFormat.HTML, page);
            assertFalse(a.text().isBlank());
        } catch (StageException e) {
            assertEquals(ExtractStage.NO_TEXT, e.getMessage());
        }
    }

    @Property(tries = 200)
    void aMutatedPageStillGivesText(@ForAll("mutatedPages") String page) {
        Article a = extract(InputFormat.HTML, page);
        assertTrue(hasWords(a.text()), a.text());
    }

    @Property(tries = 300)
    void aTextWithWordsIsNeverEmptied(@ForAll("pages") String text) {
        if (!hasWords(text)) {
            return;
        }
        Article a = extract(InputFormat.TEXT, text);
        assertTrue(hasWords(a.text()), () -> "emptied: " + text);
    }

    @Property(tries = 200)
    void anyStringAsTextGivesAnArticleOrTheNoTextReason(@ForAll String text) {
        try {
            extract(InputFormat.TEXT, text);
        } catch (StageException e) {
            assertEquals(ExtractStage.NO_TEXT, e.getMessage());
            assertFalse(hasWords(text), "a text with words was refused");
        }
    }
}
