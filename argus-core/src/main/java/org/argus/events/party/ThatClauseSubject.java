package org.argus.events.party;

import org.argus.grammar.Clauses;
import org.argus.model.Dependency;
import org.argus.model.EventType;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.that-clause-subject}: a request or accusation with no target is aimed at the
 * subject of its "that" clause: "demanded that Uganda leave", "its demand that Y ease the
 * restrictions".
 */
final class ThatClauseSubject implements Rule<EventDraft> {
    static final String ID = "event.party.that-clause-subject";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        if (!d.targets.isEmpty() || !d.trigger.is(EventType.REQUEST) && !d.trigger.is(EventType.ACCUSE)) {
            return false;
        }
        for (Dependency x : d.sentence.children(d.head)) {
            if (x.relation().equals("ccomp") || x.baseRelation().equals("acl") && Clauses.marker(d.sentence, x.dependent(), "that")) {
                d.targets.addAll(Clauses.subjects(d.sentence, x.dependent()));
            }
        }
        return !d.targets.isEmpty();
    }
}
