package org.argus.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void namedEntitiesAreMaximalRunsOfOneClass() {
        Annotation a = SharedAnnotator.get().annotate(TEXT);
        List<String> locations = a.entities().stream().filter(e -> e.type().equals("LOCATION")).map(EntityMention::text).toList();
        assertEquals(List.of("Cairo", "Greece", "Turkey"), locations);
        // Only the three-class CRF runs: time expressions are the time stage's own business.
        assertEquals(java.util.Set.of("LOCATION"), a.entities().stream().map(EntityMention::type).collect(java.util.stream.Collectors.toSet()));
        for (EntityMention e : a.entities()) {
            assertEquals(e.text(), e.span().of(TEXT));
        }
        EntityMention greece = a.entities().stream().filter(e -> e.text().equals("Greece")).findFirst().orElseThrow();
        assertEquals(1, greece.sentence());
        assertEquals(0, greece.firstToken());
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
    void aParseSelectorLeavesOtherSentencesUnparsed() {
        CoreNlpAnnotator selective = CoreNlpAnnotator.load(CoreNlpConfig.defaults(),
                (words, lemmas) -> lemmas.contains("accuse"));
        Annotation a = selective.annotate(TEXT);
        assertEquals(List.of(), a.sentences().get(0).dependencies(), "no predicate of interest: not parsed");
        assertEquals("VBD", a.sentences().get(0).tokens().get(2).pos(), "but tagged");
        Sentence parsed = a.sentences().get(1);
        assertEquals(indexOf(parsed, "accused"), parsed.root());
    }

    @Test
    void emptyTextGivesNoSentences() {
        assertEquals(0, SharedAnnotator.get().annotate("").sentences().size());
    }

    private static int indexOf(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().index();
    }
}
