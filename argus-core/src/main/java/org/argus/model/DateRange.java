package org.argus.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The dates Argus accepts as real (issue 23): an input date, a page's date or a resolved event date
 * outside it is an error in the input or in the reading of it (a year 0, a negative year, 9999-12-31
 * as "no date"), and is refused or dropped rather than stored, where it would fail every view that
 * sorts or formats dates. By default 1900-01-01 to ten years after today; {@code --date-range}
 * sets another. Both ends are included.
 *
 * @param first the earliest date accepted
 * @param last  the latest date accepted, not before {@code first}
 */
public record DateRange(LocalDate first, LocalDate last) {
    /** The earliest date of the default range. */
    public static final LocalDate DEFAULT_FIRST = LocalDate.of(1900, 1, 1);
    /** How many years after today the default range reaches. */
    public static final int DEFAULT_YEARS_AHEAD = 10;

    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the range ends (" + last + ") before it starts (" + first + ")");
        }
    }

    /** 1900-01-01 to ten years after {@code today}. */
    public static DateRange standard(LocalDate today) {
        return new DateRange(DEFAULT_FIRST, today.plusYears(DEFAULT_YEARS_AHEAD));
    }

    /** The default range, as of today on this machine's clock. */
    public static DateRange standard() {
        return standard(LocalDate.now());
    }

    /** Every date {@link LocalDate} can hold: no check (for tests and tools that read what they wrote). */
    public static DateRange any() {
        return new DateRange(LocalDate.MIN, LocalDate.MAX);
    }

    /**
     * A range written {@code FIRST..LAST} (ISO dates, {@code 1900-01-01..2040-12-31}).
     *
     * @throws IllegalArgumentException saying what is wrong with the text
     */
    public static DateRange parse(String text) {
        int dots = text == null ? -1 : text.indexOf("..");
        if (dots < 0) {
            throw new IllegalArgumentException("expected FIRST..LAST, two ISO dates such as 1900-01-01..2040-12-31, got '" + text + "'");
        }
        try {
            return new DateRange(LocalDate.parse(text.substring(0, dots).strip()), LocalDate.parse(text.substring(dots + 2).strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected FIRST..LAST, two ISO dates such as 1900-01-01..2040-12-31, got '" + text + "'", e);
        }
    }

    /** Whether {@code date} is within the range (null is not). */
    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(first) && !date.isAfter(last);
    }

    /** "outside the accepted dates 1900-01-01..2035-06-01", for messages. */
    public String outside() {
        return "outside the accepted dates " + this + " (set others with --date-range)";
    }

    @Override
    public String toString() {
        return first + ".." + last;
    }
}
