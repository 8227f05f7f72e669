package org.argus.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.argus.model.Document;
import org.argus.model.Event;
import org.argus.model.EventDate;
import org.argus.model.PublishedDate;
import org.junit.jupiter.api.Test;

/** Event dates on the real pipeline, with texts written for the rules they check. */
class TimeStageTest {
    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2020, 6, 1);

    private static Event at(Document d, String trigger) {
        List<Event> found = d.events().stream().filter(e -> e.trigger().text().equals(trigger)).toList();
        assertFalse(found.isEmpty(), "no event on '" + trigger + "' in " + d.events());
        return found.get(0);
    }

    private static String date(Document d, String trigger) {
        EventDate date = at(d, trigger).date();
        assertNotNull(date, "undated event on " + trigger);
        return date.iso() + " " + date.precision() + " " + date.origin();
    }

    @Test
    void aWeekdayIsTheLatestOneBeforeTheArticle() {
        Document d = Analysed.text("Turkish drones attacked the airbase on Thursday, the army said.", MONDAY);
        assertEquals("2020-05-28 DAY TEXT", date(d, "attacked"));
    }

    @Test
    void aChainCountsFromThePreviousDate() {
        Document d = Analysed.text("Rebels attacked the town on Tuesday. Three days later, government forces shelled the port.", MONDAY);
        assertEquals("2020-05-26 DAY TEXT", date(d, "attacked"));
        assertEquals("2020-05-29 DAY TEXT", date(d, "shelled"));
    }

    @Test
    void theNextDayFollowsTheEventBefore() {
        Document d = Analysed.text("Egypt condemned the raid on May 20. The next day, Sudan condemned it too.", MONDAY);
        List<Event> condemned = d.events().stream().filter(e -> e.trigger().text().equals("condemned")).toList();
        assertEquals(2, condemned.size(), "events: " + d.events());
        assertEquals(LocalDate.of(2020, 5, 20), condemned.get(0).date().date());
        assertEquals(LocalDate.of(2020, 5, 21), condemned.get(1).date().date());
    }

    @Test
    void insideAQuoteYesterdayIsTheDayBeforeItWasSaid() {
        Document d = Analysed.text("\"Our forces attacked the convoy yesterday,\" the spokesman said on Thursday.", MONDAY);
        assertEquals("2020-05-27 DAY TEXT", date(d, "attacked"));
    }

    @Test
    void aMonthAloneKeepsMonthPrecision() {
        Document d = Analysed.text("Greece accused Turkey of violating its airspace in January.", MONDAY);
        assertEquals("2020-01 MONTH TEXT", date(d, "accused"));
    }

    @Test
    void theFutureLooksAhead() {
        Document d = Analysed.text("Russia will host talks with Turkey on Thursday.", MONDAY);
        assertEquals(List.of(LocalDate.of(2020, 6, 4)), d.events().stream().map(e -> e.date().date()).distinct().toList(),
                "events: " + d.events());
    }

    @Test
    void anUndatedEventTakesThePublishedDateMarkedAsSuch() {
        Document d = Analysed.text("Greece accused Turkey of violating its airspace.", MONDAY);
        assertEquals("2020-06-01 DAY PUBLISHED", date(d, "accused"));
    }

    @Test
    void anUndatedArticleIsDatedFromItsDateline() {
        Document d = Analysed.text("ATHENS, May 29 (Reuters) - Greece accused Turkey on Wednesday of violating its airspace"
                + " since March 3, 2020.");
        assertEquals(new PublishedDate(LocalDate.of(2020, 5, 29), PublishedDate.Origin.ESTIMATED), d.article().published());
        assertEquals("2020-05-27 DAY TEXT", date(d, "accused"));
    }

    @Test
    void aDateOfAnotherClauseDoesNotDateTheEvent() {
        Document d = Analysed.text("Turkey, which sent troops to Libya in January, accused Haftar of breaking the truce.", MONDAY);
        assertEquals("2020-06-01 DAY PUBLISHED", date(d, "accused"));
    }
}
