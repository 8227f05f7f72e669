package org.argus.time;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argus.model.EventDate;
import org.argus.model.PublishedDate;

/**
 * Infers an article's publication date from its text when nothing else gives it: a dateline at the
 * head of the text ("TRIPOLI, Jan 14 (Reuters) -", "MOSCOW, 14 January 2020 (AFP) --"), else the
 * latest full date the text mentions, unless the text names a later year (then that date is a past
 * event it recalls, and nothing is inferred). A dateline without its year takes the year of the latest full
 * date (or the next year when that puts it before that date); with no full date it dates nothing. A dateline with its year gives origin {@code TEXT}; anything
 * else (a dateline whose year is taken from the text, or the latest date) is {@code ESTIMATED}.
 * Stateless and thread-safe.
 */
final class PublishedDates {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
    private static final String PLACE = "[A-Z][A-Z.'\\u2019 -]{1,40}(?:,\\s*[A-Z][A-Za-z.'\\u2019 -]{1,40})?";
    private static final Pattern DATELINE = Pattern.compile("^\\s*(?:\\(?" + PLACE + "\\)?,?\\s+)?(?:"
            + MONTH + "\\s+(\\d{1,2})(?:,?\\s+((?:19|20)\\d{2}))?"
            + "|(\\d{1,2})\\s+" + MONTH + "(?:,?\\s+((?:19|20)\\d{2}))?)"
            + "\\s*(?:\\([A-Za-z&. ]{1,30}\\))?\\s*[-\\u2013\\u2014:]", Pattern.MULTILINE);
    private static final int DATELINE_REACH = 400;

    private PublishedDates() {
    }

    /** The inferred publication date of {@code text}, or null when the text gives none. */
    static PublishedDate infer(String text) {
        LocalDate latest = latestFullDate(text);
        Matcher m = DATELINE.matcher(text.substring(0, Math.min(text.length(), DATELINE_REACH)));
        if (m.find()) {
            Month month = month(m.group(1) != null ? m.group(1) : m.group(5));
            int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            String year = m.group(3) != null ? m.group(3) : m.group(6);
            try {
                if (year != null) {
                    return new PublishedDate(LocalDate.of(Integer.parseInt(year), month, day), PublishedDate.Origin.TEXT);
                }
                // the year comes only from a full date of the text: a bare year ("the 2016 election")
                // is as often ahead of the article as behind it
                if (latest != null) {
                    LocalDate d = LocalDate.of(latest.getYear(), month, day);
                    if (d.isBefore(latest)) {
                        d = d.plusYears(1);
                    }
                    return new PublishedDate(d, PublishedDate.Origin.ESTIMATED);
                }
            } catch (java.time.DateTimeException invalid) {
                // an impossible dateline day: fall through to the latest date
            }
        }
        if (latest == null || laterYearMentioned(text, latest.getYear())) {
            // a text that names a later year than its latest full date was not written on that date:
            // the date is a past event it recalls ("the attacks of Sept. 11, 2001" in 2016)
            return null;
        }
        return new PublishedDate(latest, PublishedDate.Origin.ESTIMATED);
    }

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

    /** Whether the text names a year after {@code year}. */
    private static boolean laterYearMentioned(String text, int year) {
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group()) > year) {
                return true;
            }
        }
        return false;
    }

    /** Whether the head of the text has a dateline. */
    static boolean hasDateline(String text) {
        return DATELINE.matcher(text.substring(0, Math.min(text.length(), DATELINE_REACH))).find();
    }

    /** The latest date with day, month and year written in full in the text, or null. */
    private static LocalDate latestFullDate(String text) {
        LocalDate latest = null;
        for (TimeExpressions.Found f : TimeExpressions.find(text, 0)) {
            if (!f.text().matches(".*\\b(19|20)\\d{2}\\b.*")) {
                continue;
            }
            EventDate d = DateResolver.resolve(f.text(), LocalDate.of(2000, 1, 1));
            if (d != null && d.precision() == EventDate.Precision.DAY && (latest == null || d.date().isAfter(latest))) {
                latest = d.date();
            }
        }
        return latest;
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n.length() > 3 && n.startsWith("sept") ? "sep" : n.substring(0, 3))) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
