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

    /**
     * ISO form at its precision: 2020-05-29, 2020-05 or 2020 (weeks print as their first day). Years
     * print as ISO 8601 writes them, so any year {@link LocalDate} holds round-trips through
     * {@link #parseIso}: four digits at least, a sign before a negative year or one over 9999
     * ({@code -0001}, {@code +10000}).
     */
    public String iso() {
        return switch (precision) {
            case DAY, WEEK -> date.toString();
            case MONTH -> year(date.getYear()) + "-" + (date.getMonthValue() < 10 ? "0" : "") + date.getMonthValue();
            case YEAR -> year(date.getYear());
        };
    }

    /** The year as ISO 8601 writes it: 0001, 2020, -0044, +10000. */
    static String year(int year) {
        int abs = Math.abs(year);
        String digits = abs < 1000 ? String.format("%04d", abs) : Integer.toString(abs);
        return year < 0 ? "-" + digits : year > 9999 ? "+" + digits : digits;
    }

    /**
     * The first day of an ISO date at any precision as {@link #iso} writes it: 2020-05-29, 2020-05,
     * 2020, with a signed year where it has one (older corpora stored years such as 10000 or -1
     * without padding or sign: they are read too).
     *
     * @throws java.time.DateTimeException when the text is none of these
     */
    public static LocalDate parseIso(String iso) {
        java.util.regex.Matcher m = ISO.matcher(iso);
        if (!m.matches()) {
            throw new java.time.DateTimeException("not an ISO date at day, month or year precision: '" + iso + "'");
        }
        int year = Integer.parseInt(m.group(1));
        return LocalDate.of(year, m.group(2) == null ? 1 : Integer.parseInt(m.group(2)), m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
    }

    private static final java.util.regex.Pattern ISO = java.util.regex.Pattern.compile("([+-]?\\d{1,9})(?:-(\\d{2})(?:-(\\d{2}))?)?");
}
