package org.argus.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.argus.model.Article;
import org.argus.model.DateRange;
import org.argus.model.Document;
import org.argus.model.Event;
import org.argus.model.EventType;
import org.argus.model.InputFormat;
import org.argus.model.Mention;
import org.argus.model.PublishedDate;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 23: an event date outside the accepted dates is dropped with a note and the event keeps no
 * date; nothing throws on an extreme year.
 */
class TimeStageRangeTest {
    private static final DateRange RANGE = new DateRange(LocalDate.of(1900, 1, 1), LocalDate.of(2035, 12, 31));

    /** One article with one event whose sentence is the whole text and whose trigger is {@code trigger}. */
    private static Document article(String text, String trigger, LocalDate published) {
        RawDocument raw = new RawDocument("t1", new SourceRef("t1.txt", 0), InputFormat.TEXT, text, null, null, null, null);
        Article a = new Article(null, text, published == null ? null : new PublishedDate(published, PublishedDate.Origin.GIVEN), null, null,
                List.of());
        int at = text.indexOf(trigger);
        Event e = new Event(EventType.CONSULT, null, null, false, List.of(), List.of(), null, null, new Span(0, text.length()),
                new Mention(trigger, new Span(at, at + trigger.length())), null, null, Event.Modality.ASSERTED, List.of());
        return Document.of(raw).withArticle(a).withEvents(List.of(e));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The two leaders will meet next year in the capital.|meet|9999-12-31",
        "The two leaders met last year in the capital.|met|1900-03-01",
        "The two leaders met on Tuesday in the capital.|met|1899-05-01"})
    void anEventDateOutsideTheRangeIsDroppedWithANote(String text, String trigger, LocalDate published) {
        Document out = new TimeStage(org.argus.words.Words.shipped(), RANGE).apply(article(text, trigger, published));
        assertNull(out.events().get(0).date(), "the event keeps no date");
        assertEquals(1, out.notes().size(), out.notes().toString());
        assertTrue(out.notes().get(0).startsWith("time: date ") && out.notes().get(0).contains("dropped: outside the accepted dates"),
                out.notes().get(0));
    }

    @Test
    void anEventDateInsideTheRangeIsKeptWithoutANote() {
        Document out = new TimeStage(org.argus.words.Words.shipped(), RANGE).apply(article("The two leaders will meet next year in the capital.", "meet", LocalDate.of(2020, 6, 1)));
        assertEquals("2021", out.events().get(0).date().iso());
        assertTrue(out.notes().isEmpty());
    }

    @Test
    void anInferredPublicationDateKeepsTheArticlesSubtitleAndAuthors() {
        String text = "NAIROBI, March 3, 2021 (Wire) - The two leaders met in the capital.";
        Document d = article(text, "met", null);
        org.argus.model.ArticleMeta meta = new org.argus.model.ArticleMeta("Talks in the capital", List.of("A. Writer"), "en", null);
        d = d.withArticle(new Article(null, text, null, null, null, List.of(), meta));
        Document out = new TimeStage(org.argus.words.Words.shipped(), RANGE).apply(d);
        assertEquals(LocalDate.of(2021, 3, 3), out.article().published().date());
        assertEquals(meta, out.article().meta(), "nothing of the article is lost when its date is inferred");
    }

    @Test
    void anInferredPublicationDateOutsideTheRangeIsNotSet() {
        String text = "NAIROBI, March 3, 1920 (Wire) - The two leaders met in the capital.";
        Document out = new TimeStage(org.argus.words.Words.shipped(), new DateRange(LocalDate.of(1950, 1, 1), LocalDate.of(2035, 12, 31))).apply(article(text, "met", null));
        assertNull(out.article().published());
        assertTrue(out.notes().get(0).startsWith("time: publication date 1920-03-03 inferred from the text ignored"), out.notes().toString());
    }

    @ParameterizedTest
    @CsvSource({"0000-06-01", "-0001-06-01", "+10000-01-01", "+999999999-12-31", "-999999999-01-01"})
    void noYearMakesTheStageThrow(String published) {
        LocalDate day = LocalDate.parse(published);
        for (String text : new String[] {"They will meet next year.", "They met last year and again three days later.",
            "They met on 3 March and will meet in two weeks, on Tuesday, next month."}) {
            Document out = new TimeStage(org.argus.words.Words.shipped(), DateRange.any()).apply(article(text, "met".equals(text.split(" ")[1]) ? "met" : "meet", day));
            assertEquals(1, out.events().size());
            Document ranged = new TimeStage(org.argus.words.Words.shipped(), RANGE).apply(article(text, text.contains(" met ") ? "met" : "meet", day));
            assertNull(ranged.events().get(0).date(), "outside the range: no date");
        }
    }
}
