package org.argus.events.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.argus.events.Carriers;
import org.argus.events.EventDraft;
import org.argus.events.Parsed;
import org.argus.events.TimeWords;
import org.argus.events.party.PartyUnits;
import org.argus.events.trigger.Triggers;
import org.argus.model.ActorRef;
import org.argus.model.Event;
import org.argus.model.EventType;
import org.argus.model.Sentence;
import org.argus.rules.Chain;
import org.argus.rules.Rule;
import org.junit.jupiter.api.Test;

/**
 * Each statement unit alone on a hand-checked parse (fixture {@code statements.conllu}): the draft
 * has its parties, as the events stage finds them, and the state the statement units before it
 * leave; then the unit is applied and what it changed is checked.
 */
class StatementUnitsTest {
    private static final Carriers CARRIERS = new Carriers(Parsed.WORDS);
    private static final Triggers TRIGGERS = new Triggers(Parsed.LEXICON, CARRIERS, Parsed.WORDS);
    private static final PartyUnits PARTY = new PartyUnits(Parsed.WORDS, CARRIERS, new TimeWords(Parsed.WORDS));
    private static final StatementUnits UNITS = new StatementUnits(Parsed.WORDS);

    private static Parsed parse(String text) {
        return Parsed.sentence("statements.conllu", text).country("Kenya", "KEN");
    }

    /** A sentence with no actor named. */
    private static Parsed bare(String text) {
        return Parsed.sentence("statements.conllu", text);
    }

    private static Parsed withUganda(String text) {
        return parse(text).country("Uganda", "UGA");
    }

    /** The draft of the event at {@code word} with its parties found, as the stage has it before its statement chain. */
    private static EventDraft parties(Parsed p, String word) {
        Sentence s = p.sentence();
        int i = p.token(word);
        Triggers.Found f = TRIGGERS.of(s)[i];
        int carrier = f.trigger().verb() ? i : CARRIERS.of(s, i);
        EventDraft d = new EventDraft(p.doc(), s, s.tokens().get(i), f.trigger(), carrier, new ArrayList<>());
        PARTY.roles().assign(d);
        chain(d.verb() ? "verb" : "noun").run(d, d.trace);
        d.sourceHeads = new ArrayList<>(d.sources);
        d.targetHeads = new ArrayList<>(d.targets);
        chain("arguments").run(d, d.trace);
        PARTY.parties().resolve(d);
        chain("parties").run(d, d.trace);
        return d;
    }

    private static Chain<EventDraft> chain(String name) {
        return Chain.load("/org/argus/events/chains/" + name + ".txt", PARTY.units());
    }

    /** The draft after the units {@code before}, in order. */
    private static EventDraft after(Parsed p, String word, String... before) {
        EventDraft d = parties(p, word);
        for (String id : before) {
            unit(id).apply(d);
        }
        return d;
    }

    private static Rule<EventDraft> unit(String id) {
        Rule<EventDraft> r = UNITS.units().containsKey(id) ? UNITS.units().get(id) : PARTY.units().get(id);
        assertEquals(id, r.id());
        return r;
    }

    private static final String[] MODALITY = {"event.attribution.speaker", "event.modality.hypothetical", "event.modality.intended",
        "event.modality.reported"};

    /** The draft after attribution and the modality group (the first of the group that fires). */
    private static EventDraft presented(Parsed p, String word) {
        EventDraft d = after(p, word, "event.attribution.speaker");
        for (int i = 1; i < MODALITY.length && !unit(MODALITY[i]).apply(d); i++) {
            // the first that fires decides
        }
        return d;
    }

    @Test
    void anEventInAReportedStatementIsItsSpeakers() {
        Parsed p = withUganda("Kenya said Uganda attacked the border post.");
        EventDraft d = parties(p.quote("Uganda attacked the border post", "Kenya"), "attacked");
        assertTrue(unit("event.attribution.speaker").apply(d));
        assertEquals("Kenya", d.attribution.name());
        assertFalse(unit("event.attribution.speaker").apply(parties(p, "attacked")), "no statement, no speaker");
    }

    @Test
    void aConditionOrAModalOfPossibilityMakesItHypothetical() {
        EventDraft could = parties(withUganda("Kenya could attack Uganda."), "attack");
        assertTrue(unit("event.modality.hypothetical").apply(could));
        assertEquals(Event.Modality.HYPOTHETICAL, could.modality);
        EventDraft unless = parties(withUganda("Kenya will withdraw unless Uganda agrees."), "withdraw");
        assertTrue(unit("event.modality.hypothetical").apply(unless));
        EventDraft will = parties(withUganda("Kenya will attack Uganda."), "attack");
        assertFalse(unit("event.modality.hypothetical").apply(will));
        assertEquals(Event.Modality.ASSERTED, will.modality);
    }

    @Test
    void aFutureOrAVerbOfIntentMakesItIntended() {
        EventDraft will = parties(withUganda("Kenya will attack Uganda."), "attack");
        assertTrue(unit("event.modality.intended").apply(will));
        assertEquals(Event.Modality.INTENDED, will.modality);
        EventDraft plans = parties(withUganda("Kenya plans to impose sanctions on Uganda."), "sanctions");
        assertTrue(unit("event.modality.intended").apply(plans), "the noun is intended with the verb that presents it");
        assertFalse(unit("event.modality.intended").apply(parties(withUganda("Kenya did not attack Uganda."), "attack")));
    }

    @Test
    void anEventSomeoneIsReportedSayingIsReported() {
        Parsed p = withUganda("Kenya said Uganda attacked the border post.");
        EventDraft said = after(p.quote("Uganda attacked the border post", "Kenya"), "attacked", "event.attribution.speaker");
        assertTrue(unit("event.modality.reported").apply(said));
        assertEquals(Event.Modality.REPORTED, said.modality);
        assertFalse(unit("event.modality.reported").apply(after(p, "attacked", "event.attribution.speaker")));
    }

    @Test
    void anIntendedAttackIsAThreat() {
        EventDraft will = presented(withUganda("Kenya will attack Uganda."), "attack");
        assertTrue(unit("event.type.stated-intent").apply(will));
        assertEquals(EventType.THREATEN, will.type);
        assertEquals(EventType.THREATEN, will.statedIntent);
        assertEquals(Event.Modality.ASSERTED, will.modality, "the threat is stated; the attack stays what was threatened");
        EventDraft sanctions = presented(withUganda("Kenya plans to impose sanctions on Uganda."), "sanctions");
        assertTrue(unit("event.type.stated-intent").apply(sanctions));
        assertEquals(EventType.THREATEN, sanctions.type);
        EventDraft tried = presented(withUganda("Kenya tried to attack Uganda."), "attack");
        assertFalse(unit("event.type.stated-intent").apply(tried), "what someone tried is an act, not an intention");
        assertEquals(EventType.ASSAULT, tried.type);
    }

    @Test
    void anUltimatumALobbyAndAPreparedAttackChangeTheType() {
        EventDraft unless = presented(withUganda("Kenya will withdraw unless Uganda agrees."), "withdraw");
        assertTrue(unit("event.type.stated-intent").apply(unless));
        assertEquals(EventType.THREATEN, unless.type);
        EventDraft lobbied = presented(parse("Kenya lobbied to suspend the talks."), "suspend");
        assertTrue(unit("event.type.stated-intent").apply(lobbied));
        assertEquals(EventType.REQUEST, lobbied.type);
        EventDraft prepared = presented(bare("The army prepared to resume shelling the town."), "shelling");
        assertTrue(unit("event.type.stated-intent").apply(prepared));
        assertEquals(EventType.MOBILIZE, prepared.type);
    }

    @Test
    void aConciliatoryActASpeakerAnnouncesIsAPromise() {
        Parsed p = parse("Kenya said it would withdraw its troops.");
        EventDraft said = presented(p.quote("it would withdraw its troops", "Kenya"), "withdraw");
        assertEquals(Event.Modality.INTENDED, said.modality);
        assertTrue(unit("event.type.stated-intent").apply(said));
        assertEquals(EventType.AGREE, said.type);
        assertEquals(Event.Modality.REPORTED, said.modality);
        assertFalse(unit("event.type.stated-intent").apply(presented(p, "withdraw")), "a plan the text reports is not yet a promise");
    }

    @Test
    void whatASpeakerSaysAnotherMustDoIsTheSpeakersDemand() {
        Parsed p = withUganda("Kenya said Uganda must withdraw its troops.");
        EventDraft d = presented(p.quote("Uganda must withdraw its troops", "Kenya"), "withdraw");
        assertTrue(unit("event.type.obligation").apply(d));
        assertEquals(EventType.REQUEST, d.type);
        assertEquals(List.of("Kenya"), d.source.stream().map(ActorRef::name).toList());
        assertEquals(List.of("Uganda"), d.target.stream().map(ActorRef::name).toList());
        assertEquals(Event.Modality.REPORTED, d.modality);
        assertFalse(unit("event.type.obligation").apply(presented(p, "withdraw")), "no speaker, no demand");
    }

    @Test
    void aNegatorOrANegativeSubjectNegatesThePredicate() {
        EventDraft not = parties(withUganda("Kenya did not attack Uganda."), "attack");
        assertTrue(unit("event.negation.predicate").apply(not));
        assertTrue(not.negated);
        assertTrue(unit("event.negation.predicate").apply(parties(bare("Nobody signed the accord."), "signed")));
        assertFalse(unit("event.negation.predicate").apply(parties(withUganda("Kenya will attack Uganda."), "attack")));
    }

    @Test
    void aNounIsNegatedWithTheVerbThatPresentsIt() {
        Parsed p = withUganda("Kenya failed to reach an agreement with Uganda.");
        EventDraft d = parties(p, "agreement");
        assertFalse(unit("event.negation.predicate").apply(d), "nothing negates the noun itself");
        assertTrue(unit("event.negation.clause").apply(d));
        assertTrue(d.negated);
        assertFalse(unit("event.negation.clause").apply(parties(withUganda("Kenya did not attack Uganda."), "attack")),
                "a verb is its own clause");
    }

    @Test
    void failingToAgreeOrPromisingNotToYieldIsARefusal() {
        EventDraft failed = after(withUganda("Kenya failed to reach an agreement with Uganda."), "agreement", "event.negation.clause");
        assertTrue(unit("event.type.refusal").apply(failed));
        assertEquals(EventType.REJECT, failed.type);
        assertFalse(failed.negated, "the refusal itself is what happened");
        Parsed p = parse("Kenya said it would not withdraw.");
        EventDraft promisedNot = presented(p.quote("it would not withdraw", "Kenya"), "withdraw");
        unit("event.type.stated-intent").apply(promisedNot);
        unit("event.negation.predicate").apply(promisedNot);
        assertTrue(unit("event.type.refusal").apply(promisedNot));
        assertEquals(EventType.REJECT, promisedNot.type);
        EventDraft notAttacked = after(withUganda("Kenya did not attack Uganda."), "attack", "event.negation.predicate");
        assertFalse(unit("event.type.refusal").apply(notAttacked), "a plain 'did not attack' stays a negated attack");
        assertTrue(notAttacked.negated);
    }

    @Test
    void aRepeatOfAStatementOfIntentIsDropped() {
        Parsed p = withUganda("Kenya will attack Uganda.");
        EventDraft kept = presented(p, "attack");
        unit("event.type.stated-intent").apply(kept);
        List<EventDraft> earlier = List.of(kept);
        EventDraft again = presented(p, "attack");
        unit("event.type.stated-intent").apply(again);
        EventDraft repeat = new EventDraft(again.doc, again.sentence, again.token, again.trigger, again.carrier, earlier);
        repeat.type = again.type;
        repeat.source = again.source;
        assertTrue(unit("event.dedupe.same-statement").apply(repeat));
        assertTrue(repeat.dropped);
        EventDraft other = new EventDraft(again.doc, again.sentence, again.token, again.trigger, again.carrier, earlier);
        other.source = again.source;
        assertFalse(unit("event.dedupe.same-statement").apply(other), "an attack is no repeat of the threat");
        assertNull(other.statedIntent);
    }
}
