package org.argus.actors.phoenix;

import java.time.LocalDate;
import java.util.List;

/**
 * One CAMEO actor code of an entry and when it holds: {@code country} is the ISO3 code the actor code
 * starts with ("" for none), {@code area} a region or former-state code in its place (DDR, MEA),
 * {@code sector} the first role part after them (GOV, MIL, IGO), {@code more} the other three-letter
 * parts. {@code from} is inclusive, {@code until} exclusive; null for an open end.
 */
public record PhoenixRole(String code, String country, String area, String sector, List<String> more, LocalDate from,
        LocalDate until) {
    public PhoenixRole {
        more = List.copyOf(more);
    }

    /** Whether the role holds on {@code date}. */
    public boolean holdsOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || date.isBefore(until));
    }
}
