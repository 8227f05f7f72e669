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
        EventDate d = DateResolver.resolve(expression, ANCHOR);
        return d == null ? null : d.iso() + " " + d.precision();
    }

    @Test
    void weekdaysLookBackUnlessSaidToLookAhead() {
        assertEquals("2020-05-26 DAY", resolve("Tuesday"));
        assertEquals("2020-05-29 DAY", resolve("Friday"));
        assertEquals("2020-05-22 DAY", resolve("last Friday"));
        assertEquals("2020-06-02 DAY", resolve("next Tuesday"));
        assertEquals("2020-05-31 DAY", resolve("this coming Sunday"));
    }

    @Test
    void relativeDaysWeeksMonthsAndYears() {
        assertEquals("2020-05-28 DAY", resolve("yesterday"));
        assertEquals("2020-05-29 DAY", resolve("today"));
        assertEquals("2020-05-18 WEEK", resolve("last week"));
        assertEquals("2020-05-25 WEEK", resolve("earlier this week"));
        assertEquals("2020-04 MONTH", resolve("last month"));
        assertEquals("2019 YEAR", resolve("last year"));
    }

    @Test
    void monthsNeverGetAMadeUpDay() {
        assertEquals("2020-01 MONTH", resolve("January"));
        assertEquals("2019-08 MONTH", resolve("in August"));
        assertEquals("2020-04-08 DAY", resolve("April 8"));
        assertEquals("2020-06-02 DAY", resolve("June 2"));
        assertEquals("2019-12-15 DAY", resolve("December 15"));
        assertEquals("2019-03-14 DAY", resolve("March 14, 2019"));
        assertEquals("2018-11 MONTH", resolve("November 2018"));
        assertEquals("2016 YEAR", resolve("2016"));
    }

    @Test
    void unknownExpressionsResolveToNothing() {
        assertNull(resolve("the next round"));
        assertNull(resolve("recent weeks"));
    }
}
