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

    /**
     * Events with an actor whose name contains {@code actor}, of a PLOVER type, dated within [from, to],
     * made or shaped by unit {@code rule} (an id of docs/rules.md; a trailing {@code *} matches ids
     * that start with what precedes it).
     */
    public record EventFilter(String actor, String type, LocalDate from, LocalDate to, String rule) {
        public EventFilter(String actor, String type, LocalDate from, LocalDate to) {
            this(actor, type, from, to, null);
        }

        public static EventFilter all() {
            return new EventFilter(null, null, null, null, null);
        }
    }

    /**
     * Quotes whose speaker contains {@code speaker}, of a kind, from articles published within [from,
     * to], found or attributed by unit {@code rule} (as for events).
     */
    public record QuoteFilter(String speaker, String kind, LocalDate from, LocalDate to, String rule) {
        public QuoteFilter(String speaker, String kind, LocalDate from, LocalDate to) {
            this(speaker, kind, from, to, null);
        }

        public static QuoteFilter all() {
            return new QuoteFilter(null, null, null, null, null);
        }
    }

    /** A LIKE pattern for a unit id: exact, or a prefix when it ends with '*'; null for no filter. */
    static String unitPattern(String rule) {
        if (rule == null) {
            return null;
        }
        String escaped = rule.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return escaped.endsWith("*") ? escaped.substring(0, escaped.length() - 1) + "%" : escaped;
    }
}
