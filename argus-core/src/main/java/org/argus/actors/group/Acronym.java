package org.argus.actors.group;

import org.argus.actors.cast.Reading;
import org.argus.rules.Rule;

/**
 * {@code actor.group.acronym}: an organisation's name that is an acronym defined earlier ("the NA"
 * after "the National Army (NA)", "(GNA)" after the name read back from it) joins the organisation it
 * was defined for.
 */
final class Acronym implements Rule<Reading> {
    static final String ID = "actor.group.acronym";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reading r) {
        if (r.origin != Reading.Origin.ORGANISATION && r.origin != Reading.Origin.ACRONYM || r.key != null) {
            return false;
        }
        r.key = r.cast.aliasKey(r.name);
        return r.key != null;
    }
}
