package org.argus.events.party;

import java.util.List;
import org.argus.model.ActorRef;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.own-forces}: a target that is one of the sources' own, by a possessive pronoun,
 * is not their target: "Kenya deployed its troops to the border".
 */
final class OwnForces implements Rule<EventDraft> {
    static final String ID = "event.party.own-forces";
    private final Parties parties;

    OwnForces(Parties parties) {
        this.parties = parties;
    }

    private static boolean possessive(EventDraft d, int h) {
        return d.sentence.children(h).stream().anyMatch(x -> x.relation().equals("nmod:poss") && d.tokenAt(x.dependent()).pos().equals("PRP$"));
    }

    private boolean ownedBy(EventDraft d, int h, List<ActorRef> source) {
        List<ActorRef> at = parties.untraced(d, List.of(h));
        ActorRef r = at.isEmpty() ? null : at.get(0);
        return r != null && r.actorId() != null && source.stream().anyMatch(x -> r.actorId().equals(x.actorId()));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        if (d.targetHeads.stream().noneMatch(h -> possessive(d, h))) {
            return false;
        }
        List<ActorRef> source = parties.untraced(d, d.sourceHeads);
        return d.targetHeads.removeIf(h -> possessive(d, h) && ownedBy(d, h, source));
    }
}
