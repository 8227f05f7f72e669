package org.argus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.argus.model.Article;
import org.argus.model.Document;
import org.argus.model.InputFormat;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Publication dates of the pages in {@code dates/} (written for this test, one way of dating a page
 * each: JSON-LD, meta tags, {@code <time>} elements, URL paths, and pages with no valid date) against
 * the expectations in {@code dates/expected.tsv}.
 */
class PublishedDatePagesTest {
    record Case(String page, String expected, String origin, String url) {
        @Override
        public String toString() {
            return page;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PublishedDatePagesTest.class.getResourceAsStream("dates/expected.tsv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                cases.add(new Case(f[0], f[1], f[2], f[3]));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void publishedDateAndOriginAreRight(Case c) {
        String html = HtmlExtractTest.fixture("dates/" + c.page() + ".html");
        RawDocument raw = new RawDocument(c.page(), SourceRef.file(c.page() + ".html"), InputFormat.HTML, html, null, c.url(), null, null);
        Article a = new ExtractStage().apply(Document.of(raw)).article();
        if (c.expected().isEmpty()) {
            assertNull(a.published(), "no valid date on the page");
        } else {
            assertEquals(c.expected(), a.published() == null ? null : a.published().date().toString());
            assertEquals(c.origin(), a.published().origin().name().toLowerCase(Locale.ROOT));
        }
    }
}
