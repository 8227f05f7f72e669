package org.argus.events.governed;

import org.argus.model.Dependency;
import org.argus.rules.Rule;

/**
 * {@code event.governed.complement-object}: the object of a verb that is the complement of a trigger is
 * what that trigger agrees to or refuses: "agreed to provide aid", "refused to commit to any assistance".
 */
final class ComplementObject implements Rule<GovernedDraft> {
    static final String ID = "event.governed.complement-object";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(GovernedDraft d) {
        if (d.up() == null || !(d.rel().equals("obj") || d.referred())) {
            return false;
        }
        Dependency above = d.sentence.parentOf(d.up().governor());
        return above != null && above.governor() >= 0 && above.baseRelation().equals("xcomp") && d.triggers(above.governor())
                && d.suppress();
    }
}
