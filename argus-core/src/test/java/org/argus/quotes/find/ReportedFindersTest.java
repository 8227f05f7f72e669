package org.argus.quotes.find;

import static org.argus.quotes.QuoteFixtures.cue;
import static org.argus.quotes.QuoteFixtures.passage;
import static org.argus.quotes.QuoteFixtures.sentence;
import static org.argus.quotes.QuoteFixtures.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.Reported;
import org.argus.rules.Rule;
import org.argus.words.Words;
import org.junit.jupiter.api.Test;

/** The finders of what a cue reports, each alone on hand-checked parses (fixtures cues.conllu, labels.conllu). */
class ReportedFindersTest {
    private static final List<Rule<Reported>> FINDERS = FindUnits.onReports(Words.shipped());

    private static Rule<Reported> unit(String id) {
        return FINDERS.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static Reported reported(Passage p, String sentence, String cue) {
        return new Reported(p, sentence(p, sentence), cue(p, sentence, cue));
    }

    @Test
    void accordingToReportsTheRestOfItsSentence() {
        assertEquals("quote.find.according-to", AccordingToStatement.ID);
        Passage p = passage("cues");
        Reported r = reported(p, "According to the harbour master", "According");
        assertTrue(unit(AccordingToStatement.ID).apply(r));
        assertEquals("the ferry will sail on Monday", words(p, r.content()));
        assertFalse(unit(AccordingToStatement.ID).apply(reported(p, "The envoy said that", "said")), "not 'according to'");
    }

    @Test
    void aClauseBeforeTheCueIsWhatItReports() {
        assertEquals("quote.find.clause-before-cue", ClauseBeforeCue.ID);
        Passage p = passage("cues");
        Reported r = reported(p, "The talks have failed, the envoy said", "said");
        assertTrue(unit(ClauseBeforeCue.ID).apply(r));
        assertEquals("The talks have failed", words(p, r.content()));
        Reported after = reported(p, "The envoy said that", "said");
        assertFalse(unit(ClauseBeforeCue.ID).apply(after), "the clause follows the cue");
        assertNull(after.content());
    }

    @Test
    void theCuesClausalComplementIsWhatItReports() {
        assertEquals("quote.find.cue-complement", CueComplement.ID);
        Passage p = passage("cues");
        Reported r = reported(p, "The envoy said that", "said");
        assertTrue(unit(CueComplement.ID).apply(r));
        assertEquals("that the talks had failed", words(p, r.content()));
        assertFalse(unit(CueComplement.ID).apply(reported(p, "The talks have failed, the envoy said", "said")),
                "a complement before the cue is the other finder's");
    }

    @Test
    void aCueClauseHungOnTheStatementReportsTheLongestStretchOutsideIt() {
        assertEquals("quote.find.parataxis-cue", ParataxisCue.ID);
        Passage p = passage("labels");
        Reported r = reported(p, "the envoy warned", "warned");
        assertTrue(unit(ParataxisCue.ID).apply(r));
        assertEquals("would not survive the winter", words(p, r.content()));
        assertFalse(unit(ParataxisCue.ID).apply(reported(passage("cues"), "The envoy said that", "said")), "the cue heads its sentence");
    }

    @Test
    void aStanceVerbReportsItsObject() {
        assertEquals("quote.find.stance-object", StanceObject.ID);
        Passage p = passage("cues");
        Reported r = reported(p, "The council condemned", "condemned");
        assertEquals(CueAt.Kind.STANCE, r.cue().kind());
        assertTrue(unit(StanceObject.ID).apply(r));
        assertEquals("the shelling of the market", words(p, r.content()));
        Reported found = reported(p, "The envoy said that", "said");
        found.found(sentence(p, "The envoy said that").span());
        assertFalse(unit(StanceObject.ID).apply(found), "a statement already found stays");
    }

    @Test
    void anEmptyObjectReportsNothing() {
        StanceObject unit = new StanceObject(new StanceObject.Lists(java.util.Set.of("call"), java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of(), java.util.Set.of("it")));
        Passage p = passage("cues");
        // "calling it a "disgrace"": the object "it" says nothing of its own
        Reported r = new Reported(p, sentence(p, "calling it a"), new CueAt(sentence(p, "calling it a"),
                org.argus.quotes.QuoteFixtures.token(sentence(p, "calling it a"), "calling"),
                org.argus.quotes.QuoteFixtures.token(sentence(p, "calling it a"), "calling"), CueAt.Kind.STANCE, 0, -1, List.of()));
        assertFalse(unit.apply(r));
        assertNull(r.content());
    }
}
