package org.argus.events.governed;

import org.argus.rules.Rule;

/**
 * {@code event.governed.complement}: the complement, object, referred noun or elaborating clause of a
 * trigger is coded by that trigger: "refused to sign", "launched an attack", "withdrew after the
 * offensive", "struck the town, killing twelve".
 */
final class Complement implements Rule<GovernedDraft> {
    static final String ID = "event.governed.complement";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(GovernedDraft d) {
        if (d.up() == null) {
            return false;
        }
        String rel = d.rel();
        boolean governable = rel.equals("xcomp") || rel.equals("obj") || d.referred() || d.elaborating();
        return governable && d.triggers(d.up().governor()) && d.suppress();
    }
}
