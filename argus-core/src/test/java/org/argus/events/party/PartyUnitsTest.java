package org.argus.events.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.argus.events.Carriers;
import org.argus.events.EventDraft;
import org.argus.events.Parsed;
import org.argus.events.TimeWords;
import org.argus.events.trigger.Triggers;
import org.argus.model.ActorRef;
import org.argus.model.ActorType;
import org.argus.model.EventType;
import org.argus.model.Sentence;
import org.argus.rules.Rule;
import org.junit.jupiter.api.Test;

/**
 * Each party unit alone on a hand-checked parse (fixture {@code parties.conllu}): the draft is built
 * as the stage builds it, with the role table's arguments (or the state the units before it leave),
 * then the unit is applied and what it changed is checked.
 */
class PartyUnitsTest {
    private static final Carriers CARRIERS = new Carriers(Parsed.WORDS);
    private static final Triggers TRIGGERS = new Triggers(Parsed.LEXICON, CARRIERS, Parsed.WORDS);
    private static final PartyUnits UNITS = new PartyUnits(Parsed.WORDS, CARRIERS, new TimeWords(Parsed.WORDS));

    /** The draft of the event the trigger at {@code word} makes, before any unit ran. */
    static EventDraft bare(Parsed p, String word) {
        Sentence s = p.sentence();
        int i = p.token(word);
        Triggers.Found f = TRIGGERS.of(s)[i];
        if (f == null) {
            throw new AssertionError("'" + word + "' triggers nothing in " + p.doc().text());
        }
        int carrier = f.trigger().verb() ? i : CARRIERS.of(s, i);
        return new EventDraft(p.doc(), s, s.tokens().get(i), f.trigger(), carrier, new ArrayList<>());
    }

    /** The draft after the role table's pass. */
    static EventDraft draft(Parsed p, String word) {
        EventDraft d = bare(p, word);
        UNITS.roles().assign(d);
        return d;
    }

    /** The draft with its heads expanded and resolved to parties, as the parties chain finds it. */
    static EventDraft resolved(Parsed p, String word, String... units) {
        EventDraft d = draft(p, word);
        for (String id : units) {
            unit(id).apply(d);
        }
        unit("event.party.conjuncts").apply(d);
        UNITS.parties().resolve(d);
        return d;
    }

    static Rule<EventDraft> unit(String id) {
        Rule<EventDraft> r = UNITS.units().get(id);
        if (r == null) {
            throw new AssertionError("no unit " + id);
        }
        assertEquals(id, r.id());
        return r;
    }

    private static Parsed parse(String text) {
        return Parsed.sentence("parties.conllu", text);
    }

    private static List<String> names(List<ActorRef> refs) {
        return refs.stream().map(ActorRef::name).toList();
    }

    @Test
    void aPrepositionalArgumentNamingAnActorIsTheTarget() {
        Parsed p = parse("Chad protested against Niger.").country("Chad", "TCD").country("Niger", "NER");
        EventDraft d = draft(p, "protested");
        assertTrue(unit("event.party.prepositional-target").apply(d));
        assertEquals(List.of("Niger"), p.words(d.targets));
        assertTrue(d.trace.contains("event.role.against"), d.trace::toString);
        Parsed none = parse("The rebels agreed in principle.");
        EventDraft principle = draft(none, "agreed");
        assertFalse(unit("event.party.prepositional-target").apply(principle), "a principle is no actor");
        assertEquals(List.of("principle"), none.words(principle.prepositional), "but it is kept as the target of last resort");
    }

    @Test
    void thePrepositionalArgumentIsTheTargetOfLastResort() {
        Parsed p = parse("The rebels agreed in principle.");
        EventDraft d = draft(p, "agreed");
        assertFalse(unit("event.party.prepositional-fallback").apply(d), "nothing kept yet");
        unit("event.party.prepositional-target").apply(d);
        assertTrue(unit("event.party.prepositional-fallback").apply(d));
        assertEquals(List.of("principle"), p.words(d.targets));
        assertTrue(d.trace.contains("event.role.in"), d.trace::toString);
    }

    @Test
    void theComplementsObjectIsWhatIsRefused() {
        Parsed p = parse("Uganda refused to sign the treaty.");
        EventDraft d = draft(p, "refused");
        assertTrue(unit("event.party.complement-object").apply(d));
        assertEquals(List.of("treaty"), p.words(d.targets));
    }

    @Test
    void aDemandIsOnTheSubjectOfItsThatClause() {
        Parsed p = parse("Kenya demanded that Uganda leave.");
        EventDraft d = draft(p, "demanded");
        assertTrue(unit("event.party.that-clause-subject").apply(d));
        assertEquals(List.of("Uganda"), p.words(d.targets));
        assertFalse(unit("event.party.that-clause-subject").apply(draft(parse("Uganda refused to sign the treaty."), "refused")),
                "a refusal is no request");
    }

    @Test
    void aParticipleWithAByAgentIsPassiveWhateverItsSubject() {
        Parsed p = parse("Rebels backed by Russia.");
        EventDraft d = draft(p, "backed");
        assertEquals(List.of("Rebels", "Russia"), p.words(d.sources), "the table reads the subject and the agent as sources");
        assertTrue(unit("event.party.reduced-passive").apply(d));
        assertEquals(List.of("Russia"), p.words(d.sources));
        assertEquals(List.of("Rebels"), p.words(d.targets));
        assertTrue(d.passive);
    }

    @Test
    void aParticipleWithItsOwnObjectIsActiveAndItsNounDoesIt() {
        Parsed p = parse("Volunteers from church groups donated food to the refugees.");
        EventDraft d = draft(p, "donated");
        assertTrue(unit("event.party.acl-participle-active").apply(d));
        assertEquals(List.of("groups"), p.words(d.sources));
        assertFalse(unit("event.party.acl-participle-active").apply(draft(parse("Troops supported by Chad entered the town."), "supported")),
                "a participle with no object is passive");
    }

    @Test
    void aParticiplesNounIsActedOn() {
        Parsed p = parse("Troops supported by Chad entered the town.");
        EventDraft d = draft(p, "supported");
        assertTrue(unit("event.party.acl-participle-passive").apply(d));
        assertEquals(List.of("Troops"), p.words(d.targets));
        assertEquals(List.of("Chad"), p.words(d.sources), "the agent from the table stays the source");
        assertTrue(d.passive);
        assertEquals(p.token("Troops"), d.participleNoun);
    }

    @Test
    void theXOfXBackedIsTheSource() {
        Parsed p = parse("Iran-backed militias attacked the base.");
        EventDraft d = draft(p, "backed");
        assertFalse(unit("event.party.hyphen-backed").apply(d), "only on a participle's noun");
        unit("event.party.acl-participle-passive").apply(d);
        assertTrue(unit("event.party.hyphen-backed").apply(d));
        assertEquals(List.of("Iran"), p.words(d.sources));
        assertEquals(List.of("militias"), p.words(d.targets));
    }

    @Test
    void aClauseHungOnTheNounDoingItTakesThatNoun() {
        Parsed p = parse("Rebels fighting the government seized the town.");
        EventDraft d = draft(p, "fighting");
        assertTrue(unit("event.party.clause-on-actor").apply(d));
        assertEquals(List.of("Rebels"), p.words(d.sources));
        assertEquals(List.of("government"), p.words(d.targets));
    }

    @Test
    void aParticiplesSubjectThatIsTheVerbsObjectGivesWayToTheVerbsSubject() {
        Parsed p = parse("Farmers blocked roads demanding lower taxes.");
        EventDraft d = draft(p, "demanding");
        assertEquals(List.of("roads"), p.words(d.sources));
        assertTrue(unit("event.party.read-as-subject").apply(d));
        assertEquals(List.of("Farmers"), p.words(d.sources));
    }

    @Test
    void aVerbWithNoSubjectInheritsTheSubjectAbove() {
        Parsed p = parse("Kenya agreed to withdraw its troops.");
        EventDraft d = draft(p, "withdraw");
        assertTrue(unit("event.party.inherited-subject").apply(d));
        assertEquals(List.of("Kenya"), p.words(d.sources));
        assertFalse(unit("event.party.inherited-subject").apply(draft(p, "agreed")), "agreed has its own subject");
    }

    @Test
    void nounsReadAsAnAppositionBeforeTheVerbAreItsSubject() {
        Parsed p = parse("With the signing of an accord on the border, the government and the rebels agreed.");
        EventDraft d = draft(p, "agreed");
        assertTrue(d.sources.isEmpty());
        assertTrue(unit("event.party.apposition-subject").apply(d));
        assertEquals(List.of("government"), p.words(d.sources), "its conjuncts join later (event.party.conjuncts)");
    }

    @Test
    void thoseWithdrawnWithNoAgentAreTheRetreatingSide() {
        Parsed p = parse("The troops were withdrawn from the border.");
        EventDraft d = draft(p, "withdrawn");
        assertTrue(d.passive);
        assertTrue(unit("event.party.passive-retreat").apply(d));
        assertEquals(List.of("troops"), p.words(d.sources));
        assertEquals(List.of("border"), p.words(d.targets));
    }

    @Test
    void theOneSummonedHearsTheProtest() {
        Parsed p = parse("Kenya summoned the Ugandan envoy to protest against the closure.").country("Kenya", "KEN").country("Ugandan", "UGA");
        EventDraft d = draft(p, "protest");
        unit("event.party.prepositional-target").apply(d);
        unit("event.party.prepositional-fallback").apply(d);
        assertEquals(List.of("closure"), p.words(d.targets));
        assertTrue(unit("event.party.purpose-object").apply(d));
        assertEquals(List.of("envoy"), p.words(d.targets));
    }

    @Test
    void fightingWithXIsDoneByTheClausesSubject() {
        Parsed p = parse("The army retook the village after fierce fighting with the rebels.");
        EventDraft d = draft(p, "fighting");
        assertEquals(List.of("rebels"), p.words(d.targets), "row event.role.noun-with");
        assertTrue(unit("event.party.with-oblique").apply(d));
        assertEquals(List.of("army"), p.words(d.sources));
    }

    @Test
    void whoTakesPartInAnActDoesIt() {
        Parsed p = parse("Soldiers took part in the attack on the village.");
        EventDraft d = draft(p, "attack");
        assertTrue(unit("event.party.took-part-in").apply(d));
        assertEquals(List.of("Soldiers"), p.words(d.sources));
        assertEquals(List.of("village"), p.words(d.targets));
    }

    @Test
    void aNounObjectIsDoneByTheVerbsSubjectForItsRecipients() {
        Parsed p = parse("Russia provided support to the rebels.");
        EventDraft d = draft(p, "support");
        assertTrue(unit("event.party.verb-object-source").apply(d));
        assertEquals(List.of("Russia"), p.words(d.sources));
        assertTrue(unit("event.party.verb-object-recipient").apply(d));
        assertEquals(List.of("rebels"), p.words(d.targets));
        assertFalse(unit("event.party.verb-object-source").apply(d), "a source found is kept");
    }

    @Test
    void aMediationIsBetweenTheFirstBetweenPhraseAfterIt() {
        Parsed p = parse("Norway launched a mediation effort on Saturday between Kenya and Uganda.");
        EventDraft d = draft(p, "mediation");
        assertTrue(d.targets.isEmpty(), "Saturday is no party, and the parser hung the between phrase on it");
        assertTrue(unit("event.party.mediation-between").apply(d));
        assertEquals(List.of("Kenya"), p.words(d.targets), "Uganda joins as its conjunct");
    }

    @Test
    void everyArgumentBringsItsConjuncts() {
        Parsed p = parse("Russia, Egypt and Jordan support the general.");
        EventDraft d = draft(p, "support");
        assertTrue(unit("event.party.conjuncts").apply(d));
        assertEquals(List.of("Russia", "Egypt", "Jordan"), p.words(d.sourceHeads));
        assertEquals(List.of("general"), p.words(d.targetHeads));
    }

    @Test
    void theSourcesOwnForcesAreNotItsTarget() {
        Parsed p = parse("Kenya deployed its troops to the border.").actor("Kenya", ActorType.COUNTRY, "KEN", "its");
        EventDraft d = draft(p, "deployed");
        unit("event.party.conjuncts").apply(d);
        assertEquals(List.of("troops"), p.words(d.targetHeads));
        assertTrue(unit("event.party.own-forces").apply(d));
        assertTrue(d.targetHeads.isEmpty());
        EventDraft other = draft(parse("Kenya deployed its troops to the border.").country("Kenya", "KEN"), "deployed");
        unit("event.party.conjuncts").apply(other);
        assertFalse(unit("event.party.own-forces").apply(other), "troops that are nobody's named actor stay");
    }

    @Test
    void anActorInAModifierIsTheTargetWhenTheObjectIsNone() {
        Parsed p = parse("Kenya released the fishermen from Uganda.").country("Kenya", "KEN").country("Uganda", "UGA");
        EventDraft d = resolved(p, "released");
        assertEquals(List.of("the fishermen"), names(d.target));
        assertTrue(unit("event.party.modifier-actors").apply(d));
        assertEquals(List.of("the fishermen", "Uganda"), names(d.target));
        assertFalse(unit("event.party.modifier-actors").apply(d), "a target that names an actor is left");
    }

    @Test
    void aProtestIsAimedAtTheActorItsPurposeNames() {
        Parsed p = parse("Students blocked the road to show their anger at Kenya.").country("Kenya", "KEN");
        EventDraft d = resolved(p, "blocked");
        assertTrue(unit("event.party.protest-aim").apply(d));
        assertEquals(List.of("the road", "Kenya"), names(d.target));
    }

    @Test
    void aThreatIsAimedAtWhomItsConditionAsksToAct() {
        Parsed p = parse("Kenya threatened to close the border unless Uganda withdrew its troops.").country("Kenya", "KEN")
                .country("Uganda", "UGA");
        EventDraft d = resolved(p, "threatened", "event.party.complement-object");
        assertEquals(List.of("the border"), names(d.target));
        assertTrue(unit("event.party.condition-subject").apply(d));
        assertEquals(List.of("Uganda"), names(d.target));
        d.type = EventType.ASSAULT;
        assertFalse(unit("event.party.condition-subject").apply(d), "only a threat");
    }

    @Test
    void aClausalSubjectThatIsAHyphenlessXRuledNamesTheSource() {
        Parsed p = parse("Army ruled Sudan has attacked the rebels.");
        EventDraft d = draft(p, "attacked");
        assertEquals(List.of("Sudan"), p.words(d.sources));
        assertTrue(d.trace.contains("event.party.hyphenless-ruled"), d.trace::toString);
        assertEquals("event.party.hyphenless-ruled", new HyphenlessRuled().id());
    }

    @Test
    void aPronounResolvesToItsActorAndSaysSo() {
        Parsed p = parse("Kenya said it would withdraw.").country("Kenya", "KEN");
        EventDraft d = resolved(p, "withdraw");
        assertEquals(List.of("Kenya"), names(d.source));
        assertTrue(d.trace.contains("event.party.pronoun"), d.trace::toString);
        Parsed relative = parse("Turkey, which backs the rebels, criticized Greece.").country("Turkey", "TUR").country("Greece", "GRC");
        EventDraft backs = resolved(relative, "backs");
        assertEquals(List.of("Turkey"), names(backs.source), "'which' stands for Turkey");
        assertTrue(backs.trace.contains("event.party.pronoun"), backs.trace::toString);
        EventDraft criticized = resolved(relative, "criticized");
        assertFalse(criticized.trace.contains("event.party.pronoun"), "no pronoun, no trace: " + criticized.trace);
        assertEquals("event.party.pronoun", new PronounParty(Parsed.WORDS).id());
    }
}
