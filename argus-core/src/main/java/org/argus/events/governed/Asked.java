package org.argus.events.governed;

import org.argus.rules.Rule;

/**
 * {@code event.governed.asked}: the "to" clause of a request is what it asks for, not an event: "called on
 * X to withdraw", "urged Y to talk".
 */
final class Asked implements Rule<GovernedDraft> {
    static final String ID = "event.governed.asked";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(GovernedDraft d) {
        return d.up() != null && d.asked(d.index, d.up()) && d.suppress();
    }
}
