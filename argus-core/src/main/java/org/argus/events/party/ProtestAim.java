package org.argus.events.party;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.argus.grammar.Clauses;
import org.argus.model.ActorRef;
import org.argus.model.Dependency;
import org.argus.model.EventType;
import org.argus.model.Sentence;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.protest-aim}: a protest aimed at no actor its predicate names is aimed at the one
 * its purpose names: the actor named nearest in a purpose clause ("blocked the road to show their
 * anger at Kenya", "marched, demanding that X ...") or an "in protest" phrase, other than the
 * protesters themselves.
 */
final class ProtestAim implements Rule<EventDraft> {
    static final String ID = "event.party.protest-aim";
    private final Parties parties;

    ProtestAim(Parties parties) {
        this.parties = parties;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        if (!d.trigger.is(EventType.PROTEST) || EventDraft.namesActor(d.target)) {
            return false;
        }
        Sentence s = d.sentence;
        Set<String> own = new HashSet<>();
        d.source.forEach(r -> own.add(r.actorId()));
        for (Dependency x : s.children(Clauses.of(s, d.head))) {
            int node = x.dependent();
            boolean purpose = x.baseRelation().equals("advcl") && (Clauses.marker(s, node, "to") || s.tokens().get(node).pos().equals("VBG"))
                    || x.baseRelation().equals("xcomp") && Clauses.marker(s, node, "to");
            boolean inProtest = x.relation().equals("obl:in") && s.tokens().get(node).lemma().equalsIgnoreCase("protest");
            if (!purpose && !inProtest) {
                continue;
            }
            int at = Nearest.token(d.actors::at, s, node, parties.fullPhrase(s, node), own);
            if (at >= 0) {
                List<ActorRef> out = new ArrayList<>(d.target);
                out.addAll(parties.refs(d, List.of(at)));
                d.target = out;
                return true;
            }
        }
        return false;
    }
}
