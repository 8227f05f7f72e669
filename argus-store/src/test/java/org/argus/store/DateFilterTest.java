package org.argus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.argus.model.EventDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Stored dates far outside the usual range (issue 23 item 1): the views do not fail for the whole
 * corpus, and date filters compare dates, not text ('+10000-01-01' sorts before '2021' as text).
 */
class DateFilterTest {
    private static final EventDate FAR = new EventDate(LocalDate.of(10000, 1, 1), EventDate.Precision.YEAR, EventDate.Origin.TEXT, "next year");
    private static final EventDate EARLY = new EventDate(LocalDate.of(-1, 1, 1), EventDate.Precision.YEAR, EventDate.Origin.TEXT, "last year");
    private static final EventDate NOW = new EventDate(LocalDate.of(2021, 3, 1), EventDate.Precision.MONTH, EventDate.Origin.TEXT, "this month");

    private static CorpusStore corpus(Backend backend) {
        CorpusStore store = backend.open();
        store.upsert(Articles.backing("far", "Norway", "next year", LocalDate.of(9999, 12, 31), FAR));
        store.upsert(Articles.backing("early", "Sweden", "last year", LocalDate.of(1, 6, 1), EARLY));
        store.upsert(Articles.backing("now", "Denmark", "this month", LocalDate.of(2021, 3, 4), NOW));
        return store;
    }

    private static List<String> events(CorpusStore store, LocalDate from, LocalDate to) {
        return store.events(new Filters.EventFilter(null, null, from, to)).stream().map(CorpusEvent::article).toList();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theTimelineAndTheBriefStandAnAbsurdDate(Backend backend) {
        try (CorpusStore store = corpus(backend)) {
            List<TimelineEntry> timeline = store.timeline(Filters.EventFilter.all());
            assertEquals(List.of(EARLY.iso(), NOW.iso(), FAR.iso()), timeline.stream().map(TimelineEntry::date).toList());
            assertEquals(1, store.brief("Norway", null, null, 5, 5).events().size());
            assertEquals(List.of("early", "now", "far"), events(store, null, null), "the events listing reads every stored date");
            assertEquals(List.of(FAR.iso()), store.timeline(new Filters.EventFilter(null, null, LocalDate.of(10000, 6, 1), null))
                    .stream().map(TimelineEntry::date).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void dateFiltersCompareDates(Backend backend) {
        try (CorpusStore store = corpus(backend)) {
            assertEquals(List.of("far"), events(store, LocalDate.of(10000, 1, 1), null), "from +10000-01-01");
            assertEquals(List.of(), events(store, LocalDate.of(10001, 1, 1), null));
            assertEquals(List.of("early"), events(store, null, LocalDate.of(0, 12, 31)), "to 0000-12-31");
            assertEquals(List.of("now"), events(store, LocalDate.of(2021, 3, 15), LocalDate.of(2021, 3, 20)),
                    "a month-precision event overlaps a filter inside its month");
            assertEquals(List.of(), store.quotes(new Filters.QuoteFilter(null, null, LocalDate.of(10000, 1, 1), null)));
            assertEquals(List.of(), store.alliances(LocalDate.of(10001, 1, 1), null));
        }
    }
}
