package org.argus.actors.mention;

import org.argus.actors.cast.Reading;
import org.argus.model.ActorType;
import org.argus.rules.Rule;

/**
 * {@code actor.mention.organisation}: a run of words the tagger marks as an organisation, and that
 * nothing else reads, is an organisation named by those words ("the Sudanese Professionals Association").
 */
final class OrganisationName implements Rule<Reading> {
    static final String ID = "actor.mention.organisation";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reading r) {
        if (r.read() || r.rejected) {
            return false;
        }
        r.as(Reading.Origin.ORGANISATION, ActorType.ORGANIZATION, r.words, null, null);
        return true;
    }
}
