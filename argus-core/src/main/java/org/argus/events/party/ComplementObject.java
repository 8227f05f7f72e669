package org.argus.events.party;

import org.argus.grammar.Clauses;
import org.argus.model.Dependency;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.complement-object}: a verb with no target takes the object of its complement:
 * "refused to sign the treaty" (the treaty is what was refused).
 */
final class ComplementObject implements Rule<EventDraft> {
    static final String ID = "event.party.complement-object";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        if (!d.targets.isEmpty()) {
            return false;
        }
        for (Dependency x : d.sentence.children(d.head)) {
            if (x.relation().equals("xcomp")) {
                d.targets.addAll(Clauses.dependents(d.sentence, x.dependent(), "obj"));
            }
        }
        return !d.targets.isEmpty();
    }
}
