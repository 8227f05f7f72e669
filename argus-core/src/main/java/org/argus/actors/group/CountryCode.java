package org.argus.actors.group;

import org.argus.actors.cast.Cast;
import org.argus.actors.cast.Reading;
import org.argus.model.ActorType;
import org.argus.rules.Rule;

/**
 * {@code actor.group.country}: every mention of a country, by name, short form, demonym or capital
 * ("Turkish drones ... Turkey ... Ankara said"), joins one actor, by the country's code.
 */
final class CountryCode implements Rule<Reading> {
    static final String ID = "actor.group.country";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reading r) {
        if (r.origin != Reading.Origin.KNOWN || r.type != ActorType.COUNTRY || r.country == null || r.key != null) {
            return false;
        }
        r.key = Cast.countryKey(r.country);
        return true;
    }
}
