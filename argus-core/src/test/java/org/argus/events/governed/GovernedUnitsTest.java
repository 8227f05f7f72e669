package org.argus.events.governed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.argus.events.Carriers;
import org.argus.events.Parsed;
import org.argus.events.trigger.Triggers;
import org.argus.rules.Rule;
import org.junit.jupiter.api.Test;

/** Each suppression unit alone on a hand-checked parse (fixture {@code governed.conllu}). */
class GovernedUnitsTest {
    private static final Carriers CARRIERS = new Carriers(Parsed.WORDS);
    private static final Triggers TRIGGERS = new Triggers(Parsed.LEXICON, CARRIERS, Parsed.WORDS);

    private static GovernedDraft draft(String text, String word) {
        Parsed p = Parsed.sentence("governed.conllu", text);
        return new GovernedDraft(p.sentence(), p.token(word), TRIGGERS.of(p.sentence()));
    }

    /** Fires on {@code word} of {@code text}, and marks it governed. */
    private static void governs(Rule<GovernedDraft> unit, String text, String word) {
        GovernedDraft d = draft(text, word);
        assertTrue(unit.apply(d), unit.id() + " should govern '" + word + "' in: " + text);
        assertTrue(d.governed);
    }

    private static void leaves(Rule<GovernedDraft> unit, String text, String word) {
        GovernedDraft d = draft(text, word);
        assertFalse(unit.apply(d), unit.id() + " should leave '" + word + "' in: " + text);
        assertFalse(d.governed);
    }

    @Test
    void aNominalEventIsCheckedAsThePhraseItCarries() {
        NounPhrase unit = new NounPhrase(CARRIERS);
        assertEquals("event.governed.noun-phrase", unit.id());
        Parsed p = Parsed.sentence("governed.conllu", "Norway suspended its mediation efforts.");
        GovernedDraft d = draft("Norway suspended its mediation efforts.", "mediation");
        assertTrue(unit.apply(d));
        assertEquals(p.token("efforts"), d.index, "the efforts are what was suspended");
        assertFalse(d.governed, "the phrase alone suppresses nothing");
        assertTrue(new Complement().apply(d), "suspending the efforts governs the mediation");
        assertFalse(unit.apply(draft("Kenya rejected an offer of talks.", "talks")), "talks head their own phrase");
    }

    @Test
    void whatAProposalOffersIsNotHeld() {
        assertEquals("event.governed.proposal", new Proposed(Parsed.WORDS).id());
        governs(new Proposed(Parsed.WORDS), "Kenya rejected an offer of talks.", "talks");
        leaves(new Proposed(Parsed.WORDS), "Kenya rejected an offer of talks.", "rejected");
    }

    @Test
    void aConjunctOfWhatARequestAsksIsAskedToo() {
        assertEquals("event.governed.asked-conjunct", new AskedConjunct().id());
        governs(new AskedConjunct(), "The envoy called on the rebels to disarm and withdraw.", "withdraw");
        leaves(new AskedConjunct(), "The envoy called on the rebels to disarm and withdraw.", "disarm");
    }

    @Test
    void whatARequestAsksForIsNoEvent() {
        assertEquals("event.governed.asked", new Asked().id());
        governs(new Asked(), "Kenya urged Uganda to withdraw its troops.", "withdraw");
        governs(new Asked(), "The envoy called on the rebels to disarm and withdraw.", "disarm");
        leaves(new Asked(), "Uganda refused to withdraw its troops.", "withdraw");
    }

    @Test
    void theToClauseOfAnEventNounIsWhatWasAgreed() {
        assertEquals("event.governed.noun-content", new AgreedContent().id());
        governs(new AgreedContent(), "The agreement to share intelligence was signed in May.", "share");
        leaves(new AgreedContent(), "Kenya urged Uganda to withdraw its troops.", "withdraw");
    }

    @Test
    void whatADemandAsksIsItsContent() {
        assertEquals("event.governed.demand-content", new DemandContent().id());
        governs(new DemandContent(), "Kenya demanded that Uganda withdraw its troops.", "withdraw");
        leaves(new DemandContent(), "Uganda refused to withdraw its troops.", "withdraw");
    }

    @Test
    void theComplementOfATriggerIsCodedByIt() {
        assertEquals("event.governed.complement", new Complement().id());
        governs(new Complement(), "Uganda refused to withdraw its troops.", "withdraw");
        leaves(new Complement(), "The agreement to share intelligence was signed in May.", "agreement");
        leaves(new Complement(), "Chad attacked Niger on Monday.", "attacked");
    }

    @Test
    void theObjectOfAVerbATriggerAgreesToIsWhatItAgreesTo() {
        assertEquals("event.governed.complement-object", new ComplementObject().id());
        governs(new ComplementObject(), "Kenya agreed to provide aid to Somalia.", "aid");
        leaves(new ComplementObject(), "Uganda refused to withdraw its troops.", "withdraw");
    }

    @Test
    void aPurposeClauseOfAVerbWhoseObjectIsAnEventElaboratesIt() {
        assertEquals("event.governed.elaborated-object", new ElaboratedObject().id());
        governs(new ElaboratedObject(), "Students staged protests on Monday to demand reforms.", "demand");
        leaves(new ElaboratedObject(), "Kenya urged Uganda to withdraw its troops.", "withdraw");
    }

    @Test
    void theChainSuppressesOnlyWhatAnotherTriggerGoverns() {
        Governance governance = new Governance(CARRIERS, Parsed.WORDS);
        Parsed p = Parsed.sentence("governed.conllu", "Uganda refused to withdraw its troops.");
        Triggers.Found[] found = TRIGGERS.of(p.sentence());
        assertTrue(governance.governed(p.sentence(), p.token("withdraw"), found));
        assertFalse(governance.governed(p.sentence(), p.token("refused"), found));
        Parsed mediation = Parsed.sentence("governed.conllu", "Norway suspended its mediation efforts.");
        assertTrue(governance.governed(mediation.sentence(), mediation.token("mediation"), TRIGGERS.of(mediation.sentence())));
    }
}
