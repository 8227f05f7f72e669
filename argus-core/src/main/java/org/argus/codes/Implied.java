package org.argus.codes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.argus.model.ActorRef;

/**
 * A party the text leaves unnamed, coded as location-coded event data does: of the place the event
 * happens in ({@code codeFrom: "place"}), else of the one country of the other side's parties
 * ({@code codeFrom: "source"} or {@code "target"}). No name and no actor.
 */
final class Implied {
    private Implied() {
    }

    /** The implied party with sector {@code sector}, or null when neither the place nor the other side gives a country. */
    static ActorRef party(Coding c, String sector, List<ActorRef> others, String othersName) {
        if (c.event.place() != null && c.event.place().country() != null) {
            return new ActorRef(null, null, null, sector, null, null).coded(c.event.place().country(), "place", c.event.place());
        }
        Set<String> countries = new HashSet<>();
        others.forEach(r -> countries.add(r.country() != null ? r.country() : r.place() != null ? r.place().country() : null));
        if (countries.size() == 1 && !countries.contains(null)) {
            return new ActorRef(null, null, null, sector, null, null).coded(countries.iterator().next(), othersName, null);
        }
        return null;
    }
}
