package org.argus.model;

import java.time.LocalDate;

/**
 * When an event happened.
 *
 * @param date      the day (for coarser precisions, the first day of the period)
 * @param precision how exact {@code date} is
 * @param origin    how it was found: from a time expression in the text, or the published date
 * @param text      the time expression it comes from, or null
 */
public record EventDate(LocalDate date, Precision precision, Origin origin, String text) {
    public enum Precision { DAY, WEEK, MONTH, YEAR }

    public enum Origin { TEXT, PUBLISHED }

    /** ISO form at its precision: 2020-05-29, 2020-05 or 2020 (weeks print as their first day). */
    public String iso() {
        return switch (precision) {
            case DAY, WEEK -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> String.valueOf(date.getYear());
        };
    }
}
