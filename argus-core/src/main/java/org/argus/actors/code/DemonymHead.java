package org.argus.actors.code;

import org.argus.actors.cast.Reading;
import org.argus.model.Dependency;
import org.argus.reference.Roles;
import org.argus.rules.Rule;

/**
 * {@code actor.code.demonym-head}: a nationality word takes the sector of the noun it modifies:
 * "Turkish drones" is MIL, "Russian officials" none.
 */
final class DemonymHead implements Rule<Reading> {
    static final String ID = "actor.code.demonym-head";

    private final Roles roles;

    DemonymHead(Roles roles) {
        this.roles = roles;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reading r) {
        if (!r.adjective || r.rejected) {
            return false;
        }
        Dependency d = r.sentence.parentOf(r.last);
        if (d == null || d.governor() < 0) {
            return false;
        }
        r.sector = roles.sector(r.tokens.get(d.governor()).word());
        return r.sector != null;
    }
}
