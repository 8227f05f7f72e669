package org.argus.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.argus.model.PublishedDate;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {
    private static String infer(String text) {
        PublishedDate d = PublishedDates.infer(text);
        return d == null ? null : d.date() + " " + d.origin();
    }

    @Test
    void aDatelineWithItsYearIsTheTextsOwnDate() {
        assertEquals("2020-01-14 TEXT", infer("MOSCOW, 14 January 2020 (AFP) -- Talks between the rivals opened."));
        assertEquals("2019-06-03 TEXT", infer("KHARTOUM, Sudan, June 3, 2019 (AP) \u2014 Troops moved in at dawn."));
    }

    @Test
    void aDatelineWithoutAYearTakesItFromTheLatestDateAndIsEstimated() {
        assertEquals("2020-01-14 ESTIMATED", infer("TRIPOLI, Jan 14 (Reuters) - The ceasefire agreed on December 12, 2019 held."));
        assertNull(infer("TRIPOLI, Jan 14 (Reuters) - Fighting ahead of the 2021 elections eased."), "a bare year does not date a dateline");
    }

    @Test
    void withoutADatelineTheLatestFullDateIsAnEstimate() {
        assertEquals("2019-08-02 ESTIMATED", infer("The truce of July 4, 2019 collapsed on August 2, 2019, officials said."));
    }

    @Test
    void aFullDateOlderThanAYearTheTextNamesIsARecalledEventNotTheTextsDate() {
        assertNull(infer("Ten years after the accord of March 3, 2011, the 2021 talks opened without a text."));
        assertEquals("2021-03-03 ESTIMATED", infer("The 2021 talks that opened on March 3, 2021 recalled the accord of 2011."));
    }

    @Test
    void aTextWithoutFullDatesGivesNone() {
        assertNull(infer("Fighting resumed on Tuesday near the airport."));
        assertNull(infer("TRIPOLI, Jan 14 (Reuters) - Fighting resumed on Tuesday."));
    }
}
