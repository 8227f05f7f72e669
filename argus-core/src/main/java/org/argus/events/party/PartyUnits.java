package org.argus.events.party;

import java.util.Map;
import org.argus.events.Carriers;
import org.argus.events.EventDraft;
import org.argus.events.TimeWords;
import org.argus.rules.Rule;
import org.argus.rules.Rules;
import org.argus.words.Words;

/**
 * The party units of the events stage, by id, with the argument role table and the resolver of
 * argument heads to parties they share: the registry the events chains are loaded against.
 * Immutable and thread-safe.
 */
public final class PartyUnits {
    private final ArgumentRoles roles;
    private final Parties parties;
    private final Map<String, Rule<EventDraft>> units;

    public PartyUnits(Words words, Carriers carriers, TimeWords time) {
        this.roles = new ArgumentRoles(time, new HyphenlessRuled());
        this.parties = new Parties(words, new PronounParty(words), time);
        Purposes purposes = new Purposes(words);
        this.units = Rules.byId(new PrepositionalTarget(roles, parties), new ComplementObject(), new ThatClauseSubject(),
                new PrepositionalFallback(), new ReducedPassive(), new AclParticipleActive(), new AclParticiplePassive(),
                new ClauseOnActor(), new ReadAsSubject(), new InheritedSubject(), new HyphenBacked(words), new AppositionSubject(words),
                new PassiveRetreat(roles), new PurposeObject(purposes, parties), new WithOblique(), new TookPartIn(words, carriers, roles),
                new VerbObjectSource(words), new VerbObjectRecipient(), new MediationBetween(), new Conjuncts(parties),
                new OwnForces(parties), new ModifierActors(words, purposes, parties), new ProtestAim(parties),
                new ConditionSubject(parties));
    }

    /** The units by id. */
    public Map<String, Rule<EventDraft>> units() {
        return units;
    }

    /** The argument role table. */
    public ArgumentRoles roles() {
        return roles;
    }

    /** The resolver of argument heads to parties. */
    public Parties parties() {
        return parties;
    }
}
