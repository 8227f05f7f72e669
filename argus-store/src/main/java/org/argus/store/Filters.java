package org.argus.store;

import java.time.LocalDate;

/** Query filters; every field may be null, meaning no filter. */
public final class Filters {
    private Filters() {
    }

    /** Actors whose name or alias contains {@code name} (case-insensitive), of a type, of a country. */
    public record ActorFilter(String name, String type, String country) {
        public static ActorFilter all() {
            return new ActorFilter(null, null, null);
        }
    }

    /** Events with an actor whose name contains {@code actor}, of a PLOVER type, dated within [from, to]. */
    public record EventFilter(String actor, String type, LocalDate from, LocalDate to) {
        public static EventFilter all() {
            return new EventFilter(null, null, null, null);
        }
    }

    /** Quotes whose speaker contains {@code speaker}, of a kind, from articles published within [from, to]. */
    public record QuoteFilter(String speaker, String kind, LocalDate from, LocalDate to) {
        public static QuoteFilter all() {
            return new QuoteFilter(null, null, null, null);
        }
    }
}
