package org.argus.actors.group;

import org.argus.actors.cast.Reading;
import org.argus.model.ActorType;
import org.argus.rules.Rule;

/**
 * {@code actor.group.initials}: an acronym used after an organisation's full name without being
 * defined ("the Libyan National Army ... the LNA") joins the first organisation whose capitalised
 * words have those initials.
 */
final class Initials implements Rule<Reading> {
    static final String ID = "actor.group.initials";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reading r) {
        if (r.origin != Reading.Origin.ORGANISATION && r.origin != Reading.Origin.ACRONYM || r.key != null
                || !r.name.matches("[A-Z]{2,8}")) {
            return false;
        }
        r.key = r.cast.firstKey(d -> d.type() == ActorType.ORGANIZATION && r.name.equals(initials(d.name())));
        return r.key != null;
    }

    /** The initials of the capitalised words of a name: "Libyan National Army" is "LNA". */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }
}
