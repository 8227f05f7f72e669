package org.argus.store;

import java.util.List;

/**
 * One real-world event of the timeline: its reports from one or more articles, clustered (see
 * {@link org.argus.corpus.EventClusters}), listed once with all of them.
 *
 * @param date          ISO date at its precision (2020-05-29, 2020-05 or 2020): the date most reports give
 * @param datePrecision day, week, month or year
 * @param dateOrigin    text (a report's time expression dates it) or published (only article dates stood in)
 * @param type          PLOVER type most reports give
 * @param negated       whether the text negates it
 * @param sources       who acts (corpus actors), most reported first
 * @param targets       who is acted on
 * @param place         the place name most reports give, or null
 * @param placeCountry  ISO3 country of the place, or null
 * @param lat           latitude, or null
 * @param lon           longitude, or null
 * @param articles      ids of the articles that report it, in report order
 * @param independentSources how many independent sources report it (a near-duplicate article and
 *                      articles of one outlet count once)
 * @param dates         every distinct date its reports give, with "(text)" or "(article)"; more than one
 *                      is a conflict the reader should see
 * @param places        every distinct place its reports give
 * @param figures       every distinct count its reports give ("12 soldiers")
 * @param reports       each report: its article, sentence and its own details
 */
public record TimelineEntry(String date, String datePrecision, String dateOrigin, String type, boolean negated,
                            List<String> sources, List<String> targets, String place, String placeCountry, Double lat, Double lon,
                            List<String> articles, int independentSources, List<String> dates, List<String> places,
                            List<String> figures, List<Report> reports) {
    public TimelineEntry {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        articles = List.copyOf(articles);
        dates = List.copyOf(dates);
        places = List.copyOf(places);
        figures = List.copyOf(figures);
        reports = List.copyOf(reports);
    }

    /** One article's report of the event. */
    public record Report(String article, String type, String date, String datePrecision, String dateOrigin, String place,
                         List<String> figures, String sentence) {
    }
}
