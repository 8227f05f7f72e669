package org.argus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.argus.output.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 23: an event date of any year a date holds prints and reads back; nothing throws on year 0, a negative year or one past 9999. */
class EventDateTest {
    @ParameterizedTest
    @CsvSource({
        "2020, 5, 29, DAY, 2020-05-29", "2020, 5, 29, MONTH, 2020-05", "2020, 5, 29, YEAR, 2020",
        "0, 6, 1, MONTH, 0000-06", "0, 6, 1, YEAR, 0000", "-1, 6, 1, MONTH, -0001-06", "-1, 6, 1, YEAR, -0001",
        "-44, 3, 15, DAY, -0044-03-15", "10000, 1, 1, MONTH, +10000-01", "10000, 1, 1, YEAR, +10000", "9999, 12, 31, MONTH, 9999-12",
        "123456, 7, 8, WEEK, +123456-07-08"})
    void isoWritesEveryYearAndReadsBack(int year, int month, int day, EventDate.Precision precision, String iso) {
        EventDate d = new EventDate(LocalDate.of(year, month, day), precision, EventDate.Origin.TEXT, null);
        assertEquals(iso, d.iso());
        LocalDate first = precision == EventDate.Precision.YEAR ? LocalDate.of(year, 1, 1)
                : precision == EventDate.Precision.MONTH ? LocalDate.of(year, month, 1) : LocalDate.of(year, month, day);
        assertEquals(first, EventDate.parseIso(iso));
    }

    @Test
    void anEventWithAnExtremeDateRoundTripsThroughItsJson() {
        EventJson json = new EventJson();
        for (LocalDate day : new LocalDate[] {LocalDate.of(0, 6, 1), LocalDate.of(-3, 1, 1), LocalDate.of(10000, 12, 31)}) {
            for (EventDate.Precision p : EventDate.Precision.values()) {
                Event e = new Event(EventType.ASSAULT, null, null, false, java.util.List.of(), java.util.List.of(),
                        new EventDate(day, p, EventDate.Origin.TEXT, "next year"), null, new Span(0, 10), new Mention("attacked", new Span(2, 10)),
                        null, null, Event.Modality.ASSERTED, java.util.List.of());
                Event back = json.read(json.writeWithSentence(e, "x attacked"));
                assertEquals(e.date().iso(), back.date().iso());
                assertEquals(p, back.date().precision());
            }
        }
    }
}
