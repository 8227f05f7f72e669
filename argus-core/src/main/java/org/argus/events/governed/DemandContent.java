package org.argus.events.governed;

import org.argus.grammar.Clauses;
import org.argus.model.EventType;
import org.argus.rules.Rule;

/**
 * {@code event.governed.demand-content}: what a demand asks for is its content, not an event that happened:
 * "demanded that its partners refuse to recognize X", "its demand that Y ease the restrictions" (a "that"
 * clause of a REQUEST).
 */
final class DemandContent implements Rule<GovernedDraft> {
    static final String ID = "event.governed.demand-content";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(GovernedDraft d) {
        if (d.up() == null || !(d.rel().equals("ccomp") || d.rel().equals("acl") && Clauses.marker(d.sentence, d.index, "that"))) {
            return false;
        }
        return d.triggers(d.up().governor(), EventType.REQUEST) && d.suppress();
    }
}
