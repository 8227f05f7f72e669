package org.argus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {
    @Test
    void theDefaultRangeIs1900ToTenYearsAhead() {
        DateRange r = DateRange.standard(LocalDate.of(2026, 3, 1));
        assertEquals("1900-01-01..2036-03-01", r.toString());
        assertTrue(r.contains(LocalDate.of(1900, 1, 1)) && r.contains(LocalDate.of(2036, 3, 1)));
        assertFalse(r.contains(LocalDate.of(1899, 12, 31)) || r.contains(LocalDate.of(2036, 3, 2)) || r.contains(null));
        assertFalse(r.contains(LocalDate.of(9999, 12, 31)) || r.contains(LocalDate.of(0, 6, 1)) || r.contains(LocalDate.of(-1, 1, 1)));
    }

    @Test
    void aRangeIsParsedFromTwoDatesAndAWrongOneSaysWhy() {
        assertEquals(new DateRange(LocalDate.of(1800, 1, 1), LocalDate.of(2100, 12, 31)), DateRange.parse("1800-01-01..2100-12-31"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DateRange.parse("1900")).getMessage().contains("FIRST..LAST"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DateRange.parse("2000-01-01..1990-01-01")).getMessage()
                .contains("ends (1990-01-01) before it starts"));
    }
}
