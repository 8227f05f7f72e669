package org.argus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.argus.model.Annotation;
import org.argus.model.Article;
import org.argus.model.Document;
import org.argus.model.InputFormat;
import org.argus.model.RawDocument;
import org.argus.model.Sentence;
import org.argus.model.SourceRef;
import org.argus.model.Span;
import org.argus.model.Token;
import org.argus.nlp.corenlp.SharedAnnotator;
import org.argus.pipeline.Deadline;
import org.argus.pipeline.StageException;
import org.junit.jupiter.api.Test;

/** Issue 23: a long text is annotated in sections whose offsets are those of the whole text; too long a text is refused. */
class AnnotateSectionsTest {
    private static final String PARAGRAPH = "Kenya accused Somalia of shelling a border post on Monday, the army said. "
            + "Somalia denied the charge and said its soldiers had fired at smugglers near the town of Mandera. "
            + "The United Nations called on both sides to hold talks in Nairobi next week.";

    private static Document doc(String text) {
        RawDocument raw = new RawDocument("long", SourceRef.file("long.txt"), InputFormat.TEXT, text, null, null, null, null);
        return Document.of(raw).withArticle(new Article(null, text, null, null, null, List.of()));
    }

    @Test
    void sectionsCutAtParagraphsAnnotateAsTheWholeText() {
        String text = String.join("\n\n", java.util.Collections.nCopies(12, PARAGRAPH));
        Annotation whole = new AnnotateStage(SharedAnnotator.get()).apply(doc(text)).annotation();
        Annotation parts = new AnnotateStage(SharedAnnotator.get(), 1000, 100_000).apply(doc(text)).annotation();
        assertEquals(whole.sentences().size(), parts.sentences().size());
        for (int i = 0; i < whole.sentences().size(); i++) {
            Sentence w = whole.sentences().get(i);
            Sentence p = parts.sentences().get(i);
            assertEquals(i, p.index());
            assertEquals(w.span(), p.span());
            assertEquals(w.tokens().stream().map(Token::span).toList(), p.tokens().stream().map(Token::span).toList());
        }
        assertEquals(whole.entities(), parts.entities());
    }

    @Test
    void aLongLineIsCutAtSentenceEndsWithOffsetsIntoTheWholeText() {
        String text = String.join(" ", java.util.Collections.nCopies(30, PARAGRAPH)); // one line, no paragraph breaks
        Annotation a = new AnnotateStage(SharedAnnotator.get(), 2000, 100_000).apply(doc(text)).annotation();
        int last = -1;
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                assertTrue(t.span().start() >= last && t.span().end() <= text.length(), "tokens in order, within the text");
                assertTrue(s.span().contains(t.span()));
                last = t.span().end();
            }
        }
        assertEquals(90, a.sentences().size(), "no sentence split or lost at a cut");
        assertTrue(a.entities().stream().allMatch(m -> m.span().of(text).equals(m.text())));
    }

    @Test
    void sectionsNeverExceedTheirSizeAndCoverTheText() {
        String text = "word ".repeat(5000) + "x".repeat(7000);
        List<Span> sections = AnnotateStage.sections(text, 3000);
        assertEquals(0, sections.get(0).start());
        assertEquals(text.length(), sections.get(sections.size() - 1).end());
        for (int i = 0; i < sections.size(); i++) {
            assertTrue(sections.get(i).length() <= 3000);
            if (i > 0) {
                assertEquals(sections.get(i - 1).end(), sections.get(i).start());
            }
        }
    }

    @Test
    void aTextOverTheLimitIsRefusedAndTheDeadlineStopsBetweenSections() {
        StageException e = assertThrows(StageException.class,
                () -> new AnnotateStage(SharedAnnotator.get(), 1000, 5000).apply(doc("a".repeat(5001))));
        assertEquals("text of 5001 characters is over the limit of 5000 characters per article (split it into articles)", e.getMessage());
        Deadline passed = Deadline.after(Duration.ZERO, "analysis", "article");
        Deadline.Exceeded x = assertThrows(Deadline.Exceeded.class,
                () -> new AnnotateStage(SharedAnnotator.get(), 1000, 100_000).apply(doc(String.join("\n\n", java.util.Collections.nCopies(6, PARAGRAPH))), passed));
        assertEquals("analysis stopped: over the time limit of 0 s per article", x.getMessage());
    }
}
