package org.argus.actors.group;

import org.argus.actors.cast.Cast;
import org.argus.rules.Rule;
import org.argus.actors.cast.Reading;

/**
 * {@code actor.group.name}: a mention that nothing else joined joins the actor of its type with the
 * same name, case, a leading "the" and punctuation aside ("the Northern Alliance", "Northern
 * Alliance"), or starts a new actor.
 */
final class SameName implements Rule<Reading> {
    static final String ID = "actor.group.name";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reading r) {
        if (r.joins != null || r.key != null || !r.read()) {
            return false;
        }
        r.key = Cast.nameKey(r.type, r.name);
        return true;
    }
}
