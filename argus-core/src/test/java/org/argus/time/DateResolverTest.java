package org.argus.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.argus.model.EventDate;
import org.argus.model.EventDate.Precision;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    /** A Friday. */
    private static final LocalDate ANCHOR = LocalDate.of(2020, 5, 29);

    private static String resolve(String expression) {
        return show(DateResolver.resolve(expression, ANCHOR));
    }

    private static String future(String expression) {
        return show(DateResolver.resolve(expression, ANCHOR, null, true));
    }

    private static String after(String expression, EventDate previous) {
        return show(DateResolver.resolve(expression, ANCHOR, previous, false));
    }

    private static String show(EventDate d) {
        return d == null ? null : d.iso() + " " + d.precision();
    }

    private static EventDate day(int year, int month, int day) {
        return new EventDate(LocalDate.of(year, month, day), Precision.DAY, EventDate.Origin.TEXT, null);
    }

    @Test
    void weekdaysLookBackUnlessSaidToLookAhead() {
        assertEquals("2020-05-26 DAY", resolve("Tuesday"));
        assertEquals("2020-05-26 DAY", resolve("on Tuesday"));
        assertEquals("2020-05-29 DAY", resolve("Friday"));
        assertEquals("2020-05-22 DAY", resolve("last Friday"));
        assertEquals("2020-05-24 DAY", resolve("last Sunday"));
        assertEquals("2020-05-26 DAY", resolve("this past Tuesday"));
        assertEquals("2020-06-02 DAY", resolve("next Tuesday"));
        assertEquals("2020-05-31 DAY", resolve("this coming Sunday"));
        assertEquals("2020-05-27 DAY", resolve("Wednesday night"));
    }

    @Test
    void thisWeekdayIsTheOneOfTheAnchorsWeek() {
        assertEquals("2020-05-31 DAY", resolve("this Sunday"), "ahead of a Friday within its week");
        assertEquals("2020-05-26 DAY", resolve("this Tuesday"), "behind a Friday within its week");
    }

    @Test
    void aFutureClauseTurnsBareDatesAhead() {
        assertEquals("2020-06-02 DAY", future("Tuesday"));
        assertEquals("2020-05-29 DAY", future("Friday"));
        assertEquals("2021-04-08 DAY", future("April 8"));
        assertEquals("2021-01 MONTH", future("in January"));
    }

    @Test
    void relativeDaysWeeksMonthsAndYears() {
        assertEquals("2020-05-28 DAY", resolve("yesterday"));
        assertEquals("2020-05-28 DAY", resolve("last night"));
        assertEquals("2020-05-29 DAY", resolve("today"));
        assertEquals("2020-05-30 DAY", resolve("tomorrow"));
        assertEquals("2020-05-18 WEEK", resolve("last week"));
        assertEquals("2020-05-25 WEEK", resolve("earlier this week"));
        assertEquals("2020-06-01 WEEK", resolve("next week"));
        assertEquals("2020-04 MONTH", resolve("last month"));
        assertEquals("2020-05 MONTH", resolve("earlier this month"));
        assertEquals("2019 YEAR", resolve("last year"));
        assertEquals("2020-05-27 DAY", resolve("two days ago"));
    }

    @Test
    void theComingHoursAreTheAnchorsDayAndTheComingDaysItsWeek() {
        assertEquals("2020-05-29 DAY", resolve("in the coming hours"));
        assertEquals("2020-05-29 DAY", resolve("within the next few hours"));
        assertEquals("2020-05-25 WEEK", resolve("in the coming days"));
        assertEquals("2020-05 MONTH", resolve("in the coming weeks"));
    }

    @Test
    void monthsNeverGetAMadeUpDay() {
        assertEquals("2020-01 MONTH", resolve("January"));
        assertEquals("2020-01 MONTH", resolve("in January"));
        assertEquals("2020-05 MONTH", resolve("in May"));
        assertEquals("2019-08 MONTH", resolve("in August"));
        assertEquals("2019-08 MONTH", resolve("mid-August"));
        assertEquals("2019-05 MONTH", resolve("last May"));
        assertEquals("2020-04-08 DAY", resolve("on April 8"));
        assertEquals("2020-04-08 DAY", resolve("8 April"));
        assertEquals("2020-06-02 DAY", resolve("June 2"));
        assertEquals("2019-12-15 DAY", resolve("December 15"));
        assertEquals("2019-12-15 DAY", resolve("Dec. 15"));
        assertEquals("2019-09-03 DAY", resolve("Sept. 3"));
        assertEquals("2019-03-14 DAY", resolve("March 14, 2019"));
        assertEquals("2018-11 MONTH", resolve("November 2018"));
        assertEquals("2016 YEAR", resolve("2016"));
        assertEquals("2011 YEAR", resolve("since 2011"));
        assertEquals("2020-01-14 DAY", resolve("2020-01-14"));
    }

    @Test
    void chainsCountFromThePreviousDate() {
        EventDate tuesday = day(2020, 5, 26);
        assertEquals("2020-05-29 DAY", after("three days later", tuesday));
        assertEquals("2020-05-27 DAY", after("the next day", tuesday));
        assertEquals("2020-05-27 DAY", after("the following day", tuesday));
        assertEquals("2020-05-25 DAY", after("the day before", tuesday));
        assertEquals("2020-05-26 DAY", after("later that day", tuesday));
        assertEquals("2020-05-18 WEEK", after("a week earlier", tuesday));
        assertEquals("2020-07 MONTH", after("two months later", tuesday));
        EventDate january = new EventDate(LocalDate.of(2020, 1, 1), Precision.MONTH, EventDate.Origin.TEXT, null);
        assertEquals("2020-01 MONTH", after("three days later", january), "a chain is never more precise than its start");
        assertNull(after("three days later", null), "a chain with nothing before it resolves to nothing");
        assertNull(after("the next day", null));
    }

    @Test
    void unknownOrImpossibleExpressionsResolveToNothing() {
        assertNull(resolve("the next round"));
        assertNull(resolve("recent weeks"));
        assertNull(resolve("February 31"));
        assertNull(resolve("2020-13-01"));
    }
}
