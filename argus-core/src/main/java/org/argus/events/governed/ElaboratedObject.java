package org.argus.events.governed;

import org.argus.rules.Rule;

/**
 * {@code event.governed.elaborated-object}: a purpose or participle clause of a verb whose object is a
 * trigger elaborates that event: "staged demonstrations to demand reforms".
 */
final class ElaboratedObject implements Rule<GovernedDraft> {
    static final String ID = "event.governed.elaborated-object";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(GovernedDraft d) {
        if (d.up() == null || !d.elaborating()) {
            return false;
        }
        return d.sentence.children(d.up().governor()).stream().anyMatch(x -> x.baseRelation().equals("obj") && d.triggers(x.dependent()))
                && d.suppress();
    }
}
