package org.argus.quotes.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.argus.model.Annotation;
import org.argus.model.Article;
import org.argus.model.Document;
import org.argus.model.InputFormat;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.model.Span;
import org.argus.quotes.QuoteFixtures;
import org.junit.jupiter.api.Test;

/** Where a passage's quotations are. */
class PassageTest {
    private static Passage passage(String text) {
        RawDocument raw = new RawDocument("t", SourceRef.file("t"), InputFormat.TEXT, text, null, null, null, null);
        Document d = Document.of(raw).withArticle(new Article(null, text, null, null, null, List.of()))
                .withAnnotation(new Annotation(List.of(), List.of()));
        return QuoteFixtures.STAGE.passage(d);
    }

    @Test
    void insideMarkedAgreesWithAScanOfEveryQuotation() {
        String text = "She said \"we stay\" and \"we go.\n\u201CThe rains came \u201Cand went\u201D, he said.\n"
                + "\"One paragraph\n\"runs on\n\"and on\" for a while. \u201DBackwards,\u201D too.";
        Passage p = passage(text);
        List<Span> probes = new ArrayList<>();
        for (int s = 0; s < text.length(); s++) {
            for (int e = s; e <= Math.min(text.length(), s + 12); e++) {
                probes.add(new Span(s, e));
            }
        }
        for (Span s : probes) {
            boolean scan = p.marked().stream().anyMatch(m -> m.whole().contains(s));
            assertEquals(scan, p.insideMarked(s), () -> s + " '" + s.of(text) + "' in " + p.marked());
        }
    }

    @Test
    void wordCountCountsRunsOfLettersAndDigits() {
        assertEquals(5, Passage.wordCount("We'll stay, 2 days"), "an apostrophe splits: We, ll, stay, 2, days");
        assertEquals(0, Passage.wordCount(" ,; "));
    }
}
