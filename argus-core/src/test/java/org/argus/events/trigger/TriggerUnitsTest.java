package org.argus.events.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.argus.events.Carriers;
import org.argus.events.Parsed;
import org.argus.rules.Rule;
import org.junit.jupiter.api.Test;

/** Each trigger unit alone on a hand-checked parse (fixture {@code triggers.conllu}). */
class TriggerUnitsTest {
    private static final Carriers CARRIERS = new Carriers(Parsed.WORDS);

    private static TriggerDraft draft(String text, String word) {
        Parsed p = Parsed.sentence("triggers.conllu", text);
        return new TriggerDraft(p.sentence(), p.sentence().tokens().get(p.token(word)), Parsed.LEXICON, new java.util.HashMap<>());
    }

    private static String row(Rule<TriggerDraft> unit, String text, String word) {
        TriggerDraft d = draft(text, word);
        assertTrue(unit.apply(d), unit.id() + " should fire on '" + word + "' in: " + text);
        return d.trigger == null ? null : d.trigger.row();
    }

    @Test
    void theObjectDecidesAVerbsSenseOrThatItIsNoEvent() {
        VerbByObject unit = new VerbByObject(CARRIERS);
        assertEquals("event.trigger.verb-object", unit.id());
        assertEquals("lexicon:meet>demand/verb", row(unit, "The government met the demands of the miners.", "met"));
        assertNull(row(unit, "The council met the deadline.", "met"), "meeting a deadline is no event, and the unit says so");
        assertFalse(unit.apply(draft("Chad attacked Niger on Monday.", "attacked")), "attack has no sense decided by its object");
    }

    @Test
    void aPhrasalVerbFiresWithItsParticle() {
        PhrasalVerb unit = new PhrasalVerb();
        assertEquals("event.trigger.verb-particle", unit.id());
        assertEquals("lexicon:call+for/verb", row(unit, "Kenya called for a ceasefire in the north.", "called"));
        assertFalse(unit.apply(draft("Chad attacked Niger on Monday.", "attacked")));
    }

    @Test
    void aVerbByItsLemma() {
        PlainVerb unit = new PlainVerb();
        assertEquals("event.trigger.verb", unit.id());
        assertEquals("lexicon:attack/verb", row(unit, "Chad attacked Niger on Monday.", "attacked"));
        assertFalse(unit.apply(draft("Aid groups left the city.", "left")), "leave is no event verb");
        assertFalse(unit.apply(draft("Aid groups left the city.", "groups")), "nor is a noun a verb");
    }

    @Test
    void anEventNounThatOnlyClassifiesAThingTriggersNothing() {
        ClassifyingNoun unit = new ClassifyingNoun(Parsed.WORDS);
        assertEquals("event.trigger.noun-classifier", unit.id());
        assertNull(row(unit, "Aid groups left the city.", "Aid"), "aid groups are no aid");
        assertFalse(unit.apply(draft("Norway launched a mediation effort on Saturday between Kenya and Uganda.", "mediation")),
                "an effort carries the mediation it is modified by");
        assertFalse(unit.apply(draft("The prisoners began a hunger strike.", "hunger")), "hunger is no event noun");
    }

    @Test
    void aNounCompoundWinsOverItsLastWordAlone() {
        NounCompound unit = new NounCompound();
        assertEquals("event.trigger.noun-compound", unit.id());
        assertEquals("lexicon:hunger strike/noun", row(unit, "The prisoners began a hunger strike.", "strike"));
        assertFalse(unit.apply(draft("The talks ended without a deal.", "deal")));
    }

    @Test
    void aNounByItsLemmaOrItsWord() {
        PlainNoun unit = new PlainNoun();
        assertEquals("event.trigger.noun", unit.id());
        assertEquals("lexicon:deal/noun", row(unit, "The talks ended without a deal.", "deal"));
        assertEquals("lexicon:talks/noun", row(unit, "The talks ended without a deal.", "talks"), "'talks' by its word: its lemma is 'talk'");
        assertFalse(unit.apply(draft("Chad attacked Niger on Monday.", "Niger")), "a name triggers nothing");
    }

    @Test
    void theChainGivesEachTokenItsTriggerAndTheUnitsThatDecidedIt() {
        Triggers triggers = new Triggers(Parsed.LEXICON, CARRIERS, Parsed.WORDS);
        Parsed p = Parsed.sentence("triggers.conllu", "The prisoners began a hunger strike.");
        Triggers.Found[] found = triggers.of(p.sentence());
        assertEquals(1, Arrays.stream(found).filter(Objects::nonNull).count());
        Triggers.Found strike = found[p.token("strike")];
        assertEquals("lexicon:hunger strike/noun", strike.trigger().row());
        assertEquals(List.of("event.trigger.noun-compound"), strike.trace());
        assertEquals(List.of(VerbByObject.ID, PhrasalVerb.ID, PlainVerb.ID, ClassifyingNoun.ID, NounCompound.ID, PlainNoun.ID),
                triggers.ids());
    }
}
