package org.argus.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeExpressionsTest {
    private static List<String> found(String text) {
        return TimeExpressions.find(text, 0).stream().map(TimeExpressions.Found::text).toList();
    }

    @Test
    void findsTheLongestExpressionsInTextOrder() {
        assertEquals(List.of("on Tuesday", "three days later"),
                found("Forces shelled the port on Tuesday and withdrew three days later."));
        assertEquals(List.of("January 14, 2020", "this coming Sunday"),
                found("The talks of January 14, 2020 resume this coming Sunday."));
        assertEquals(List.of("earlier this week", "in the coming hours"),
                found("The envoy arrived earlier this week and will speak in the coming hours."));
        assertEquals(List.of("in May", "the next day"), found("They met in May and signed the next day."));
    }

    @Test
    void wordsThatOnlyLookLikeDatesAreLeftAlone() {
        assertEquals(List.of(), found("Talks may resume; protesters march on the capital; a sunday market."));
        assertEquals(List.of(), found("The mayor said so."));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Clashes erupted yesterday in the south.";
        TimeExpressions.Found f = TimeExpressions.find(text, 100).get(0);
        assertEquals("yesterday", text.substring(f.span().start() - 100, f.span().end() - 100));
    }
}
