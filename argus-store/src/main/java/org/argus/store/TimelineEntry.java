package org.argus.store;

import java.util.List;

/**
 * One event of the timeline: the same event (type, actors, date, place) reported by one or more
 * articles, listed once with all of them.
 *
 * @param date          ISO date at its precision (2020-05-29, 2020-05 or 2020), or the article's date
 * @param datePrecision day, week, month or year
 * @param dateOrigin    text (from a time expression) or published (the article's date stood in)
 * @param type          PLOVER type
 * @param negated       whether the text negates it
 * @param sources       who acts
 * @param targets       who is acted on
 * @param place         the place name, or null
 * @param placeCountry  ISO3 country of the place, or null
 * @param lat           latitude, or null
 * @param lon           longitude, or null
 * @param articles      ids of the articles that report it, in first-seen order
 */
public record TimelineEntry(String date, String datePrecision, String dateOrigin, String type, boolean negated,
                            List<String> sources, List<String> targets, String place, String placeCountry, Double lat, Double lon,
                            List<String> articles) {
    public TimelineEntry {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        articles = List.copyOf(articles);
    }
}
