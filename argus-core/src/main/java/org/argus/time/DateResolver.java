package org.argus.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argus.model.EventDate;

/**
 * Resolves one time expression against an anchor date. Never invents a day: a month gives month
 * precision, a year year precision. Rules:
 * <ul>
 *   <li>a bare weekday is the latest such day on or before the anchor ("said Friday" in a Friday
 *       article is that day); "next" or "this coming" weekday is the first one after it;</li>
 *   <li>yesterday, today, tomorrow; last/this/next week (week precision, Monday of the week);
 *       last/this/next month; last/this/next year;</li>
 *   <li>a month with a day ("April 8", "8 April") and without a year is the latest such day not more
 *       than a week after the anchor; a month alone is the latest such month on or before the anchor;</li>
 *   <li>explicit years and ISO dates are taken as written.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class DateResolver {
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    private static final Pattern DAY_NUMBER = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\b");

    private DateResolver() {
    }

    static EventDate resolve(String expression, LocalDate anchor) {
        String e = expression.toLowerCase(Locale.ROOT).replace(",", " ").replaceAll("\\s+", " ").strip();
        Matcher iso = ISO.matcher(e);
        if (iso.find()) {
            try {
                return day(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))), expression);
            } catch (java.time.DateTimeException invalid) {
                return null;
            }
        }
        switch (e) {
            case "today", "tonight", "this morning", "this afternoon", "this evening", "now" -> {
                return day(anchor, expression);
            }
            case "yesterday", "last night" -> {
                return day(anchor.minusDays(1), expression);
            }
            case "tomorrow" -> {
                return day(anchor.plusDays(1), expression);
            }
            default -> {
            }
        }
        if (e.contains("week")) {
            int shift = e.contains("last") || e.contains("previous") ? -1 : e.contains("next") || e.contains("coming") ? 1 : 0;
            if (shift != 0 || e.contains("this") || e.contains("earlier") || e.contains("later")) {
                LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
                return new EventDate(monday, EventDate.Precision.WEEK, EventDate.Origin.TEXT, expression);
            }
        }
        DayOfWeek weekday = weekday(e);
        Month month = month(e);
        Matcher year = YEAR.matcher(e);
        Integer explicitYear = year.find() ? Integer.parseInt(year.group(1)) : null;
        if (month != null) {
            Integer dayOfMonth = dayOfMonth(e, explicitYear);
            if (dayOfMonth != null) {
                try {
                    LocalDate d = explicitYear != null ? LocalDate.of(explicitYear, month, dayOfMonth)
                            : latestDay(anchor, month, dayOfMonth);
                    return day(d, expression);
                } catch (java.time.DateTimeException invalid) {
                    return null;
                }
            }
            int y = explicitYear != null ? explicitYear
                    : month.getValue() <= anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() - 1;
            return new EventDate(LocalDate.of(y, month, 1), EventDate.Precision.MONTH, EventDate.Origin.TEXT, expression);
        }
        if (weekday != null) {
            LocalDate d = e.contains("next") || e.contains("coming")
                    ? anchor.with(TemporalAdjusters.next(weekday))
                    : e.contains("last") && anchor.getDayOfWeek() == weekday ? anchor.minusWeeks(1)
                    : anchor.with(TemporalAdjusters.previousOrSame(weekday));
            return day(d, expression);
        }
        if (e.contains("month")) {
            int shift = e.contains("last") || e.contains("previous") ? -1 : e.contains("next") ? 1 : e.contains("this") ? 0 : Integer.MIN_VALUE;
            if (shift != Integer.MIN_VALUE) {
                return new EventDate(anchor.withDayOfMonth(1).plusMonths(shift), EventDate.Precision.MONTH, EventDate.Origin.TEXT, expression);
            }
        }
        if (e.contains("year")) {
            int shift = e.contains("last") || e.contains("previous") ? -1 : e.contains("next") ? 1 : e.contains("this") ? 0 : Integer.MIN_VALUE;
            if (shift != Integer.MIN_VALUE) {
                return new EventDate(LocalDate.of(anchor.getYear() + shift, 1, 1), EventDate.Precision.YEAR, EventDate.Origin.TEXT, expression);
            }
        }
        if (explicitYear != null && e.matches("(in |during |since )?(19|20)\\d{2}")) {
            return new EventDate(LocalDate.of(explicitYear, 1, 1), EventDate.Precision.YEAR, EventDate.Origin.TEXT, expression);
        }
        return null;
    }

    private static EventDate day(LocalDate d, String expression) {
        return new EventDate(d, EventDate.Precision.DAY, EventDate.Origin.TEXT, expression);
    }

    /** The latest {@code month}/{@code day} that is not more than a week after the anchor. */
    private static LocalDate latestDay(LocalDate anchor, Month month, int dayOfMonth) {
        LocalDate candidate = LocalDate.of(anchor.getYear(), month, dayOfMonth);
        return candidate.isAfter(anchor.plusDays(7)) ? candidate.minusYears(1) : candidate;
    }

    private static Integer dayOfMonth(String e, Integer explicitYear) {
        Matcher m = DAY_NUMBER.matcher(e);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n >= 1 && n <= 31 && (explicitYear == null || n != explicitYear)) {
                return n;
            }
        }
        return null;
    }

    private static DayOfWeek weekday(String e) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (e.matches(".*\\b" + d.name().toLowerCase(Locale.ROOT) + "\\b.*")) {
                return d;
            }
        }
        return null;
    }

    private static Month month(String e) {
        for (Month m : Month.values()) {
            String full = m.name().toLowerCase(Locale.ROOT);
            if (e.matches(".*\\b(" + full + "|" + full.substring(0, 3) + "\\.?)\\b.*")) {
                return m;
            }
        }
        return null;
    }
}
