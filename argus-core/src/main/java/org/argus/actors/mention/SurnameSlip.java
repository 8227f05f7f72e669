package org.argus.actors.mention;

import org.argus.actors.cast.Reading;
import org.argus.model.ActorType;
import org.argus.rules.Rule;

/**
 * {@code actor.mention.surname-slip}: a single word the tagger took for an organisation that is the
 * surname of a person already named is that person ("a Porter rally" after "Jane Porter"): the
 * tagger's type slip. It is read no further (no title, no name words).
 */
final class SurnameSlip implements Rule<Reading> {
    static final String ID = "actor.mention.surname-slip";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reading r) {
        if (r.read() || r.rejected || r.words.contains(" ") || r.cast.actors().stream()
                .noneMatch(d -> d.type() == ActorType.PERSON && d.name().endsWith(" " + r.words))) {
            return false;
        }
        r.as(Reading.Origin.RETYPED, ActorType.PERSON, r.words, null, null);
        return true;
    }
}
