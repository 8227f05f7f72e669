package org.argus.extract;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The publication date a scraped text prints in its header: a short line near the top such as
 * "Published 14 January 2020 | 10:31 GMT", "June 8, 2020" or "2020-06-08". A line that says
 * "Updated" is used only when no other dates the text. Body sentences never date the text: only
 * segments of at most {@value #MAX_WORDS} words are read. Stateless.
 */
final class TextDate {
    /** Lines read from the top of the text. */
    static final int HEADER_LINES = 15;
    /** Most words of a date segment. */
    static final int MAX_WORDS = 8;

    private static final Pattern LABEL = Pattern.compile("(?i)^(published|posted|first published|date|dated|on)\\s*:?\\s*(on\\s+)?");
    private static final Pattern UPDATED = Pattern.compile("(?i)^(last\\s+)?(updated|modified|edited)\\b\\s*:?\\s*(on\\s+)?");
    /** A clock time (and zone) after the date: "at 10:31 a.m. EST", "10:31 GMT". */
    private static final Pattern TIME = Pattern.compile("(?i),?\\s+(at\\s+)?\\d{1,2}[:.]\\d{2}\\b.*$");
    private static final Pattern SEGMENTS = Pattern.compile("\\s+[|\u00B7\u2022]\\s+|\\s+[-\u2013\u2014]\\s+|\\s*\\|\\s*");

    private TextDate() {
    }

    static LocalDate find(String text) {
        LocalDate updated = null;
        int seen = 0;
        for (String raw : text.split("\n")) {
            String line = CleanText.clean(raw);
            if (line.isEmpty()) {
                continue;
            }
            if (++seen > HEADER_LINES) {
                break;
            }
            if (line.length() > 160) {
                continue;
            }
            for (String segment : SEGMENTS.split(line)) {
                String s = segment.strip();
                boolean isUpdate = UPDATED.matcher(s).find();
                s = UPDATED.matcher(s).replaceFirst("");
                s = LABEL.matcher(s).replaceFirst("");
                s = TIME.matcher(s).replaceFirst("");
                if (s.isEmpty() || Clutter.words(s) > MAX_WORDS || !Character.isDigit(s.charAt(s.length() - 1))) {
                    // a date line ends with its date ("14 January 2020"); "July 6, 2015, he said:" is a sentence
                    continue;
                }
                LocalDate d = PageDates.parseDate(s);
                if (d == null) {
                    continue;
                }
                if (!isUpdate) {
                    return d;
                }
                updated = updated == null ? d : updated;
            }
        }
        return updated;
    }
}
