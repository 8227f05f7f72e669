package org.argus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.argus.model.DateRange;
import org.argus.model.Document;
import org.argus.model.InputFormat;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.words.Words;
import org.junit.jupiter.api.Test;

/** Issue 23: a page's or a text header's date outside the accepted dates is ignored with a note; the article stays. */
class ExtractDateRangeTest {
    private static final ExtractStage STAGE = new ExtractStage(null, new DateRange(LocalDate.of(1900, 1, 1), LocalDate.of(2035, 12, 31)),
            Words.shipped());
    private static final String BODY = "The envoy met the rebel commander near the river crossing on Monday, aides said. "
            + "Both sides agreed to meet again next week in the capital, officials said.";

    private static Document extract(InputFormat format, String content) {
        return STAGE.apply(Document.of(new RawDocument("d", SourceRef.file("d.html"), format, content, null, null, null, null)));
    }

    @Test
    void aPageDateOutsideTheRangeIsIgnoredWithANote() {
        Document d = extract(InputFormat.HTML, "<html><head><meta property='article:published_time' content='2099-05-01T10:00:00Z'>"
                + "</head><body><article><p>" + BODY + "</p></article></body></html>");
        assertNull(d.article().published());
        assertTrue(d.article().text().startsWith("The envoy met"), "the article stays");
        assertEquals(List.of("extract: publication date 2099-05-01 in the page's metadata ignored: outside the accepted dates"
                + " 1900-01-01..2035-12-31 (set others with --date-range)"), d.notes());
    }

    @Test
    void aTextHeaderDateOutsideTheRangeIsIgnoredWithANote() {
        Document d = extract(InputFormat.TEXT, "Published 3 March 2090\n\n" + BODY);
        assertNull(d.article().published());
        assertEquals(1, d.notes().size(), d.notes().toString());
        assertTrue(d.notes().get(0).startsWith("extract: publication date 2090-03-03 in the text's header ignored"), d.notes().get(0));
    }

    @Test
    void aDateInsideTheRangeIsKeptWithoutANote() {
        Document d = extract(InputFormat.TEXT, "Published 3 March 2020\n\n" + BODY);
        assertEquals(LocalDate.of(2020, 3, 3), d.article().published().date());
        assertTrue(d.notes().isEmpty());
    }
}
