package org.argus.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argus.model.EventDate;
import org.argus.model.EventDate.Precision;

/**
 * Resolves one time expression against an anchor date (the day the text was written or said) and
 * the previous date of the text (for chains). Never invents a day: a month gives month precision, a
 * week week precision (dated by its Monday). Rules:
 * <ul>
 *   <li>a bare weekday is the latest such day on or before the anchor ("said Friday" in a Friday
 *       article is that day), or the first on or after it when the clause speaks of the future;
 *       "next" or "this coming" weekday is the first one after the anchor; "last" or "this past"
 *       weekday the latest one before it; "this" weekday the one of the anchor's week (Monday to
 *       Sunday);</li>
 *   <li>yesterday, today, tonight, tomorrow; "in the coming hours" is the anchor's day, "in the
 *       coming days" its week; last/this/next week, "earlier this week" (week precision);
 *       last/this/next month and year;</li>
 *   <li>a month with a day ("April 8", "8 April") and without a year is the latest such day not more
 *       than a week after the anchor (the first on or after it for the future); a month alone is the
 *       nearest such month on or before the anchor (month precision);</li>
 *   <li>chains ("three days later", "the next day", "a week earlier", "the same day") count from the
 *       previous date, at the coarser of its precision and theirs; without a previous date they
 *       resolve to nothing; "two days ago" counts from the anchor;</li>
 *   <li>explicit years and ISO dates are taken as written.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class DateResolver {
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    private static final Pattern DAY_NUMBER = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\b");
    private static final Pattern SHIFT = Pattern.compile(
            "\\b(\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (day|week|month|year)s? (later|after|afterwards|earlier|before|ago)\\b");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12));

    private DateResolver() {
    }

    /** {@link #resolve(String, LocalDate, EventDate, boolean)} with no previous date, looking back. */
    static EventDate resolve(String expression, LocalDate anchor) {
        return resolve(expression, anchor, null, false);
    }

    /**
     * The date {@code expression} stands for, or null when it cannot be resolved.
     *
     * @param anchor   the day the text was written (or the quote said)
     * @param previous the previous date of the text, for chains; may be null
     * @param future   whether the clause speaks of the future ("will meet on Tuesday")
     */
    static EventDate resolve(String expression, LocalDate anchor, EventDate previous, boolean future) {
        String e = expression.toLowerCase(Locale.ROOT).replace(",", " ").replace("-", " ").replaceAll("\\s+", " ").strip();
        Matcher iso = ISO.matcher(expression);
        if (iso.find()) {
            try {
                return day(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))), expression);
            } catch (java.time.DateTimeException invalid) {
                return null;
            }
        }
        EventDate chained = chain(e, anchor, previous, expression);
        if (chained != null || isChain(e)) {
            return chained;
        }
        switch (e) {
            case "today", "tonight", "this morning", "this afternoon", "this evening", "now", "earlier today", "later today",
                    "earlier in the day" -> {
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
        if (e.matches("(in|over|within) the (coming|next) (few )?hours")) {
            return day(anchor, expression);
        }
        if (e.matches("(in|over|within) the (coming|next) (few )?days")) {
            return of(monday(anchor), Precision.WEEK, expression);
        }
        if (e.matches("(in|over|within) the (coming|next) (few )?weeks")) {
            return of(anchor.withDayOfMonth(1), Precision.MONTH, expression);
        }
        if (e.matches("(in|over|within) the (coming|next) (few )?months")) {
            return null;
        }
        if (e.matches(".*\\bweek(end)?\\b.*")) {
            int shift = e.contains("last") || e.contains("previous") ? -1 : e.contains("next") || e.contains("coming") ? 1 : 0;
            if (shift != 0 || e.contains("this")) {
                return of(monday(anchor).plusWeeks(shift), Precision.WEEK, expression);
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
                            : future ? nextDay(anchor, month, dayOfMonth) : latestDay(anchor, month, dayOfMonth);
                    return day(d, expression);
                } catch (java.time.DateTimeException invalid) {
                    return null;
                }
            }
            boolean ahead = future || e.startsWith("next ");
            int y;
            if (explicitYear != null) {
                y = explicitYear;
            } else if (ahead) {
                y = month.getValue() >= anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() + 1;
            } else if (e.startsWith("last ")) {
                y = month.getValue() < anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() - 1;
            } else {
                y = month.getValue() <= anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() - 1;
            }
            return of(LocalDate.of(y, month, 1), Precision.MONTH, expression);
        }
        if (weekday != null) {
            LocalDate d;
            if (e.contains("next") || e.contains("coming")) {
                d = anchor.with(TemporalAdjusters.next(weekday));
            } else if (e.contains("last") || e.contains("past")) {
                d = anchor.with(TemporalAdjusters.previous(weekday));
            } else if (e.startsWith("this ")) {
                d = monday(anchor).with(TemporalAdjusters.nextOrSame(weekday));
            } else {
                d = future ? anchor.with(TemporalAdjusters.nextOrSame(weekday)) : anchor.with(TemporalAdjusters.previousOrSame(weekday));
            }
            return day(d, expression);
        }
        if (e.contains("month")) {
            int shift = e.contains("last") || e.contains("previous") ? -1 : e.contains("next") ? 1 : e.contains("this") ? 0 : Integer.MIN_VALUE;
            if (shift != Integer.MIN_VALUE) {
                return of(anchor.withDayOfMonth(1).plusMonths(shift), Precision.MONTH, expression);
            }
        }
        if (e.contains("year")) {
            int shift = e.contains("last") || e.contains("previous") ? -1 : e.contains("next") ? 1 : e.contains("this") ? 0 : Integer.MIN_VALUE;
            if (shift != Integer.MIN_VALUE) {
                return of(LocalDate.of(anchor.getYear() + shift, 1, 1), Precision.YEAR, expression);
            }
        }
        if (explicitYear != null && e.matches("((in|during|since|until|by|early|late|mid) )?(19|20)\\d{2}")) {
            return of(LocalDate.of(explicitYear, 1, 1), Precision.YEAR, expression);
        }
        return null;
    }

    private static boolean isChain(String e) {
        return SHIFT.matcher(e).find() || e.matches("the (next|following|previous|same) (day|morning|evening|night|week|month|year)")
                || e.matches("the day (before|after)|later that day|that same day");
    }

    /** Chains: counted from {@code previous} (or, for "ago", from the anchor). */
    private static EventDate chain(String e, LocalDate anchor, EventDate previous, String expression) {
        Matcher shift = SHIFT.matcher(e);
        if (shift.find()) {
            Integer n = NUMBERS.containsKey(shift.group(1)) ? NUMBERS.get(shift.group(1)) : Integer.valueOf(shift.group(1));
            Precision unit = switch (shift.group(2)) {
                case "day" -> Precision.DAY;
                case "week" -> Precision.WEEK;
                case "month" -> Precision.MONTH;
                default -> Precision.YEAR;
            };
            String direction = shift.group(3);
            if (direction.equals("ago")) {
                return shifted(anchor, Precision.DAY, -n, unit, expression);
            }
            if (previous == null) {
                return null;
            }
            int sign = direction.equals("earlier") || direction.equals("before") ? -1 : 1;
            return shifted(previous.date(), previous.precision(), sign * n, unit, expression);
        }
        if (previous == null) {
            return null;
        }
        if (e.matches("the (next|following) (day|morning|evening|night)|the day after")) {
            return shifted(previous.date(), previous.precision(), 1, Precision.DAY, expression);
        }
        if (e.matches("the previous (day|morning|evening|night)|the day before")) {
            return shifted(previous.date(), previous.precision(), -1, Precision.DAY, expression);
        }
        if (e.matches("the same (day|morning|evening|night)|later that day|that same day")) {
            return shifted(previous.date(), previous.precision(), 0, Precision.DAY, expression);
        }
        Matcher period = Pattern.compile("the (next|following|previous) (week|month|year)").matcher(e);
        if (period.matches()) {
            Precision unit = switch (period.group(2)) {
                case "week" -> Precision.WEEK;
                case "month" -> Precision.MONTH;
                default -> Precision.YEAR;
            };
            return shifted(previous.date(), previous.precision(), period.group(1).equals("previous") ? -1 : 1, unit, expression);
        }
        return null;
    }

    /** {@code from} moved by {@code n} {@code unit}s, at the coarser of the two precisions. */
    private static EventDate shifted(LocalDate from, Precision fromPrecision, int n, Precision unit, String expression) {
        LocalDate d = switch (unit) {
            case DAY -> from.plusDays(n);
            case WEEK -> from.plusWeeks(n);
            case MONTH -> from.plusMonths(n);
            case YEAR -> from.plusYears(n);
        };
        Precision p = fromPrecision.compareTo(unit) > 0 ? fromPrecision : unit;
        return of(start(d, p), p, expression);
    }

    /** The first day of the period of precision {@code p} that holds {@code d}. */
    private static LocalDate start(LocalDate d, Precision p) {
        return switch (p) {
            case DAY -> d;
            case WEEK -> monday(d);
            case MONTH -> d.withDayOfMonth(1);
            case YEAR -> d.withDayOfYear(1);
        };
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static EventDate day(LocalDate d, String expression) {
        return of(d, Precision.DAY, expression);
    }

    private static EventDate of(LocalDate d, Precision p, String expression) {
        return new EventDate(d, p, EventDate.Origin.TEXT, expression);
    }

    /** The latest {@code month}/{@code day} that is not more than a week after the anchor. */
    private static LocalDate latestDay(LocalDate anchor, Month month, int dayOfMonth) {
        LocalDate candidate = LocalDate.of(anchor.getYear(), month, dayOfMonth);
        return candidate.isAfter(anchor.plusDays(7)) ? candidate.minusYears(1) : candidate;
    }

    /** The first {@code month}/{@code day} on or after the anchor. */
    private static LocalDate nextDay(LocalDate anchor, Month month, int dayOfMonth) {
        LocalDate candidate = LocalDate.of(anchor.getYear(), month, dayOfMonth);
        return candidate.isBefore(anchor) ? candidate.plusYears(1) : candidate;
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
            String abbreviation = m == Month.SEPTEMBER ? "sept?" : full.substring(0, 3);
            if (e.matches(".*\\b(" + full + "|" + abbreviation + "\\.?)\\b.*")) {
                return m;
            }
        }
        return null;
    }
}
