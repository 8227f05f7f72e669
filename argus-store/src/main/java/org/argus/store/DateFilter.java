package org.argus.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.argus.corpus.EventClusters;

/**
 * A date filter [from, to] (either may be null) that compares dates, never their text: stored dates
 * are ISO text at a precision (2020-05-29, 2020-05, 2020), and as text '+10000-01-01' sorts before
 * '2020'. A stored date is kept when its period (its day, month or year) overlaps the filter; a
 * stored date that cannot be read is kept only when there is no filter.
 */
record DateFilter(LocalDate from, LocalDate to) {
    boolean keeps(String iso, String precision) {
        if (from == null && to == null) {
            return true;
        }
        if (iso == null) {
            return false;
        }
        LocalDate start;
        try {
            start = EventClusters.start(iso, precision);
        } catch (DateTimeException e) {
            return false;
        }
        LocalDate end = EventClusters.end(start, precision);
        return (from == null || !end.isBefore(from)) && (to == null || !start.isAfter(to));
    }

    /** The first day of a stored date, or null when there is none or it cannot be read. */
    static LocalDate start(String iso, String precision) {
        if (iso == null) {
            return null;
        }
        try {
            return EventClusters.start(iso, precision);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Whether a stored date can be read at all (the timeline leaves out an event whose date cannot). */
    static boolean readable(String iso, String precision) {
        try {
            EventClusters.end(EventClusters.start(iso, precision), precision);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
