package org.argus.actors.mention;

import org.argus.actors.cast.Reading;
import org.argus.model.ActorType;
import org.argus.rules.Rule;

/** {@code actor.mention.person}: a run of words the tagger marks as a person is a person, named by those words. */
final class PersonName implements Rule<Reading> {
    static final String ID = "actor.mention.person";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reading r) {
        if (r.read() || r.rejected) {
            return false;
        }
        r.as(Reading.Origin.PERSON, ActorType.PERSON, r.words, null, null);
        return true;
    }
}
