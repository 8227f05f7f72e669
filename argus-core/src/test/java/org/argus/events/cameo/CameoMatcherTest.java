package org.argus.events.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.argus.grammar.ConlluReader;
import org.argus.model.EventType;
import org.argus.model.Sentence;
import org.argus.words.Lines;
import org.junit.jupiter.api.Test;

/** The matcher on hand-checked parses of sentences written for these tests (sentences.conllu). */
class CameoMatcherTest {
    private static final List<Sentence> SENTENCES = sentences();
    private static final CameoMatcher SHIPPED = new CameoMatcher(CameoDictionary.load());

    private static List<Sentence> sentences() {
        try (InputStream in = CameoMatcherTest.class.getResourceAsStream("/org/argus/events/cameo/sentences.conllu")) {
            String conllu = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return ConlluReader.read("fixture", conllu).annotation().sentences();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sentence {@code n} (1-based) and the index of its token {@code word}. */
    private static CameoMatch match(CameoMatcher matcher, int n, String word) {
        Sentence s = SENTENCES.get(n - 1);
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).word().equals(word)) {
                return matcher.match(s, i).orElse(null);
            }
        }
        throw new AssertionError("no token '" + word + "' in sentence " + n);
    }

    private static List<String> words(int n, List<Integer> tokens) {
        List<String> out = new ArrayList<>();
        for (int t : tokens) {
            out.add(SENTENCES.get(n - 1).tokens().get(t).word());
        }
        return out;
    }

    @Test
    void aVerbNoPatternFitsTakesItsOwnCodeWithSubjectAsSourceAndObjectAsTarget() {
        CameoMatch m = match(SHIPPED, 1, "attacked");
        assertNull(m.pattern());
        assertEquals("cameo:PHYSICAL_CONFLICT/attack", m.traceId());
        assertEquals("190", m.code());
        assertEquals(EventType.ASSAULT, m.plover().type());
        assertEquals(List.of("militia"), words(1, m.source()));
        assertEquals(List.of("post"), words(1, m.target()));
    }

    @Test
    void aMultiWordVerbWithItsParticleWinsAndAPatternObjectIsNoTarget() {
        CameoMatch m = match(SHIPPED, 2, "called");
        assertEquals("call", m.verb().verb());
        assertEquals(List.of("off"), m.verb().after());
        assertEquals("cameo:CANCEL-74e421", m.traceId());
        assertEquals("164", m.code());
        assertEquals(EventType.SANCTION, m.plover().type());
        assertEquals(List.of("ministry"), words(2, m.source()));
        assertEquals(List.of(), m.target(), "the talks are what was called off, not a party");
    }

    @Test
    void aPrepositionalPhraseWithAModifierMatchesAnOblique() {
        CameoMatch m = match(SHIPPED, 3, "asked");
        assertEquals("cameo:ASK-bbcb39", m.traceId());
        assertEquals("0231", m.code());
        assertFalse(m.isEvent(), "CAMEO 02 (appeal) has no PLOVER type in CAMEO2PLOVER");
        assertEquals(List.of(new CameoMatch.Slot("prep:for", "financial aid", 7)), m.slots());
        assertEquals(List.of("donors"), words(3, m.target()));
    }

    @Test
    void aPassiveOnlyCodeMakesTheSubjectTheTarget() {
        CameoMatch m = match(SHIPPED, 4, "appeared");
        assertEquals("cameo:APPEAR-53cdd6", m.traceId());
        assertTrue(m.passiveOnly());
        assertEquals("173", m.code());
        assertEquals(EventType.COERCE, m.plover().type());
        assertEquals("arrest", m.plover().mode());
        assertEquals(List.of(), m.source());
        assertEquals(List.of("commander"), words(4, m.target()));
    }

    @Test
    void aSynonymSetAnyPhraseAndABarePrepositionWhoseHeadBecomesTheTarget() {
        CameoMatch m = match(SHIPPED, 5, "signed");
        assertEquals("cameo:SIGN-621ef4", m.traceId());
        assertEquals(EventType.SUPPORT, m.plover().type());
        assertEquals(List.of("object", "prep:in", "prep:with"), m.slots().stream().map(CameoMatch.Slot::slot).toList());
        assertEquals(List.of("leaders"), words(5, m.source()));
        assertEquals(List.of("state"), words(5, m.target()));
    }

    @Test
    void aPatternWithoutACodeSaysThereIsNoEvent() {
        CameoMatch m = match(SHIPPED, 6, "averted");
        assertEquals("cameo:AVERT-7417cb", m.traceId());
        assertTrue(m.pattern().noEvent());
        assertEquals("", m.code());
        assertFalse(m.isEvent());
    }

    @Test
    void inThePassiveTheAgentIsTheSubjectSideAndTheSubjectTheObjectSide() {
        CameoMatch m = match(SHIPPED, 7, "staged");
        assertEquals("cameo:ARRANGE-fdd162", m.traceId(), "- &AIRCRAFT * {MOCK ATTACKS} [062:062]");
        assertEquals(List.of(new CameoMatch.Slot("subject", "&AIRCRAFT", 5), new CameoMatch.Slot("object", "mock attacks", 1)),
                m.slots());
        assertEquals(List.of("warplanes"), words(7, m.source()));
    }

    @Test
    void sourceAndTargetMarkersNameTheParties() {
        CameoMatch m = match(SHIPPED, 8, "acted");
        assertEquals("cameo:MOVE-49ccf0", m.traceId(), "- $ * (AS &NEGOTIATOR) (IN TALK) (WITH +) [045]");
        assertEquals(EventType.CONSULT, m.plover().type());
        assertEquals(List.of("Norway"), words(8, m.source()));
        assertEquals(List.of("rebels"), words(8, m.target()), "'with the rebels' hangs on 'talks', itself on 'mediator'");
    }

    @Test
    void aHyphenatedWordSplitByTheTokenizerMatchesOnlyAsTheWholeWord() {
        CameoMatch m = match(SHIPPED, 9, "arranged");
        assertEquals(List.of(new CameoMatch.Slot("object", "&CEASEFIRE", 6)), m.slots());
        assertEquals(EventType.AGREE, m.plover().type(), "not '- * FIRE [180]' (set on fire) on the 'fire' of cease-fire");
    }

    @Test
    void anInfinitiveTakesTheSubjectOfTheVerbItComplements() {
        CameoMatch m = match(SHIPPED, 10, "release");
        assertEquals(EventType.RETREAT, m.plover().type());
        assertEquals(List.of("government"), words(10, m.source()));
    }

    @Test
    void aRelativeClauseTakesTheNounItModifiesForItsRelativePronoun() {
        CameoMatch m = match(SHIPPED, 11, "attacked");
        assertEquals(List.of("militia"), words(11, m.source()));
        assertEquals(List.of("convoy"), words(11, m.target()));
    }

    @Test
    void aVerbTheDictionaryDoesNotKnowGivesNothing() {
        assertNull(match(SHIPPED, 12, "giggled"));
    }

    // A dictionary of our own rows, to test the choice between patterns alone.

    private static CameoMatcher own(String... patternRows) {
        try {
            List<Lines.Line> verbs = Lines.read("verbs.tsv", new StringReader(
                    "STAGE_IT\tstage\t\t\tstage|stages|staged|staging\t\t\t\t\t1\n"));
            List<Lines.Line> patterns = Lines.read("patterns.tsv", new StringReader(String.join("\n", patternRows) + "\n"));
            List<Lines.Line> synsets = Lines.read("synsets.tsv", new StringReader("&PLANE\twarplane\t1\n"));
            return new CameoMatcher(CameoDictionary.read(verbs, patterns, synsets));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String row(String id, String subject, String objects, String preps, String code, String type, String status) {
        return String.join("\t", id, "STAGE_IT", "1", subject, "", objects, preps, "", "", code, "", code, type, "", "", "exact",
                status, "stage");
    }

    @Test
    void theMoreSpecificPatternWinsAndATieGoesToTheLaterOne() {
        CameoMatcher m = own(
                row("STAGE_IT-000001", "", "attack", "", "190", "ASSAULT", "ok"),
                row("STAGE_IT-000002", "&PLANE", "mock attack", "", "062", "COOPERATE", "ok"),
                row("STAGE_IT-000003", "", "attack", "", "195", "ASSAULT", "ok"));
        assertEquals("cameo:STAGE_IT-000002", match(m, 7, "staged").traceId());
        CameoMatcher tie = own(
                row("STAGE_IT-000001", "", "attack", "", "190", "ASSAULT", "ok"),
                row("STAGE_IT-000003", "", "attack", "", "195", "ASSAULT", "ok"));
        assertEquals("cameo:STAGE_IT-000003", match(tie, 7, "staged").traceId());
    }

    @Test
    void anUnsupportedPatternIsNeverMatched() {
        CameoMatcher m = own(row("STAGE_IT-000001", "", "attack", "", "190", "ASSAULT", "unsupported: why"));
        CameoMatch x = match(m, 7, "staged");
        assertNull(x.pattern());
        assertEquals("", x.code());
    }

    @Test
    void aPrepositionalPhraseMustHangOnTheVerbOrItsObjectSide() {
        CameoMatcher m = own(row("STAGE_IT-000001", "", "attack", "over:bay", "190", "ASSAULT", "ok"),
                row("STAGE_IT-000002", "", "attack", "", "195", "ASSAULT", "ok"));
        assertEquals("cameo:STAGE_IT-000002", match(m, 7, "staged").traceId(),
                "'over the bay' modifies the agent 'warplanes', neither the verb nor its object");
    }
}
