package org.argus.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argus.model.Annotation;
import org.argus.model.Dependency;
import org.argus.model.EntityMention;
import org.argus.model.Sentence;
import org.argus.model.Token;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {
    private static final String TEXT = "Turkish officials met the Egyptian envoy in Cairo on Monday.\n\n"
            + "Greece accused Turkey of violating its airspace, the ministry said.";

    @Test
    void tokensCarryOffsetsIntoTheOriginalText() {
        Annotation a = SharedAnnotator.get().annotate(TEXT);
        assertEquals(2, a.sentences().size());
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                assertEquals(t.word(), t.span().of(TEXT), "token text must match its offsets");
            }
        }
        assertTrue(a.sentences().get(1).span().of(TEXT).startsWith("Greece accused"));
    }

    @Test
    void namedEntitiesUseFineGrainedClasses() {
        Annotation a = SharedAnnotator.get().annotate(TEXT);
        List<String> countries = a.entities().stream().filter(e -> e.type().equals("COUNTRY")).map(EntityMention::text).toList();
        assertEquals(List.of("Greece", "Turkey"), countries);
        assertTrue(a.entities().stream().anyMatch(e -> e.type().equals("CITY") && e.text().equals("Cairo")));
        assertTrue(a.entities().stream().anyMatch(e -> e.type().equals("NATIONALITY") && e.text().equals("Turkish")));
        EntityMention date = a.entities().stream().filter(e -> e.type().equals("DATE")).findFirst().orElseThrow();
        assertEquals("Monday", date.text());
        Token monday = a.sentences().get(0).tokens().get(date.firstToken());
        assertNotNull(monday.normalized(), "SUTime normalises the weekday");
    }

    @Test
    void dependencyParseFindsSubjectAndObject() {
        Sentence s = SharedAnnotator.get().annotate(TEXT).sentences().get(1);
        int accused = indexOf(s, "accused");
        assertEquals(accused, s.root());
        Dependency subject = s.children(accused).stream().filter(d -> d.relation().equals("nsubj")).findFirst().orElseThrow();
        assertEquals("Greece", s.tokens().get(subject.dependent()).word());
        Dependency object = s.children(accused).stream().filter(d -> d.relation().equals("obj")).findFirst().orElseThrow();
        assertEquals("Turkey", s.tokens().get(object.dependent()).word());
        assertEquals("accuse", s.tokens().get(accused).lemma());
        assertEquals("VBD", s.tokens().get(accused).pos());
    }

    @Test
    void emptyTextGivesNoSentences() {
        assertEquals(0, SharedAnnotator.get().annotate("").sentences().size());
    }

    private static int indexOf(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().index();
    }
}
