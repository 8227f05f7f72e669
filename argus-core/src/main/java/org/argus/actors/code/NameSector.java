package org.argus.actors.code;

import org.argus.actors.cast.Reading;
import org.argus.reference.Roles;
import org.argus.rules.Rule;

/**
 * {@code actor.code.name-sector}: a word of an organisation's own name tells its sector ("Libyan
 * National Army": MIL, "Justice and Equality Movement" none); the last such word wins, but GOV never
 * overrides a sector already told ("Army Ministry" stays MIL, list {@code reference/sectors}).
 */
final class NameSector implements Rule<Reading> {
    static final String ID = "actor.code.name-sector";

    private final Roles roles;

    NameSector(Roles roles) {
        this.roles = roles;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reading r) {
        if (r.origin != Reading.Origin.ORGANISATION && r.origin != Reading.Origin.ACRONYM) {
            return false;
        }
        String before = r.sector;
        for (int i = r.first; i <= r.last; i++) {
            String word = roles.sector(r.tokens.get(i).word());
            if (word != null && (r.sector == null || !"GOV".equals(word))) {
                r.sector = word;
            }
        }
        return !java.util.Objects.equals(before, r.sector);
    }
}
