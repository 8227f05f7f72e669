package org.argus.codes;

import java.util.List;
import org.argus.model.ActorRef;
import org.argus.model.Place;
import org.argus.rules.Rule;

/**
 * {@code code.party.place}: a party that names no actor and has no code is coded with the country of
 * the place its own words name ("Mombasa University": KEN), else, for a target or an unnamed group of
 * people, of the event's place ("demonstrators in Mombasa blocked a road": KEN), as location-coded
 * event data codes actors of unknown nationality ({@code codeFrom: "place"}).
 */
final class PlaceCode implements Rule<Coding> {
    static final String ID = "code.party.place";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Coding c) {
        return code(c, c.source, false) | code(c, c.target, true);
    }

    private static boolean code(Coding c, List<ActorRef> parties, boolean target) {
        boolean fired = false;
        Place eventPlace = c.event.place();
        for (int i = 0; i < parties.size(); i++) {
            ActorRef r = parties.get(i);
            if (r.code() != null || r.actorId() != null) {
                continue;
            }
            Place by = r.place() != null && r.place().country() != null ? r.place()
                    : eventPlace != null && eventPlace.country() != null && (target || c.isPeople(r.name())) ? eventPlace : null;
            if (by != null) {
                parties.set(i, r.coded(by.country(), "place", by));
                fired = true;
            }
        }
        return fired;
    }
}
