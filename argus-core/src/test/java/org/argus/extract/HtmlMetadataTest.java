package org.argus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.argus.model.Article;
import org.argus.model.Document;
import org.argus.model.InputFormat;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {
    private static final String BODY = "<article><p>The two delegations met for a third day on Wednesday and agreed to extend the truce by a month.</p>"
            + "<p>Mediators said a broader agreement on prisoners and border crossings could follow within weeks.</p></article>";

    private static Article html(String head, String url) {
        String page = "<html" + head + "</body></html>";
        RawDocument raw = new RawDocument("p", SourceRef.file("p.html"), InputFormat.HTML, page, null, url, null, null);
        return new ExtractStage().apply(Document.of(raw)).article();
    }

    @Test
    void jsonLdGivesAuthorsSubtitleLanguageAndModifiedDate() {
        Article a = html(" lang='fr'><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Truce extended\","
                + "\"alternativeHeadline\":\"Mediators expect a wider deal on prisoners\",\"inLanguage\":\"en-GB\","
                + "\"datePublished\":\"2022-05-04\",\"dateModified\":\"2022-05-06T08:00:00Z\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Lena Marsh\"},{\"@type\":\"Person\",\"name\":\"Omar Haddad\"}]}</script>"
                + "<meta name='author' content='Someone Else'></head><body>" + BODY, null);
        assertEquals("Truce extended", a.title());
        assertEquals("Mediators expect a wider deal on prisoners", a.meta().subtitle());
        assertEquals(List.of("Lena Marsh", "Omar Haddad"), a.meta().authors());
        assertEquals("en", a.meta().language(), "JSON-LD inLanguage wins over <html lang>");
        assertEquals(LocalDate.of(2022, 5, 6), a.meta().modified());
    }

    @Test
    void metaTagsAndTheDomFillInWhenThereIsNoJsonLd() {
        Article a = html(" lang='de-AT'><head><meta property='og:description' content='Both sides say the truce holds &amp;amp; will be extended'>"
                + "<meta name='byl' content='By JANE ROE and John Doe, Associated Press'>"
                + "<meta property='article:modified_time' content='2022-05-07T10:00:00+02:00'></head><body>" + BODY, null);
        assertEquals("Both sides say the truce holds & will be extended", a.meta().subtitle(), "escaped entity decoded");
        assertEquals(List.of("Jane Roe", "John Doe"), a.meta().authors());
        assertEquals("de", a.meta().language());
        assertEquals(LocalDate.of(2022, 5, 7), a.meta().modified());

        Article dom = html("><head></head><body><div class='byline'>By <a rel='author' href='/staff/kim'>Kim Lee</a></div>" + BODY, null);
        assertEquals(List.of("Kim Lee"), dom.meta().authors());
        assertNull(dom.meta().language());
        assertNull(dom.meta().subtitle());
    }

    @Test
    void aDescriptionRepeatingTheLeadParagraphIsNotASubtitle() {
        Article a = html("><head><meta name='description' content='The two delegations met for a third day on Wednesday and agreed...'>"
                + "</head><body>" + BODY, null);
        assertNull(a.meta().subtitle());
    }

    @Test
    void bylinesKeepOnlyPersonNames() {
        List<String> names = new ArrayList<>();
        HtmlMetadata.addNames("By Sam Hill, Staff Writer", names);
        HtmlMetadata.addNames("https://example.com/authors/sam", names);
        HtmlMetadata.addNames("Read our latest coverage: here!", names);
        HtmlMetadata.addNames("Ana Costa. Regional Times", names);
        assertEquals(List.of("Sam Hill", "Ana Costa"), names);
    }

    @Test
    void theKickerAboveTheHeadlineIsDroppedAndTheStandfirstBelowItIsTheSubtitle() {
        Article a = html("><head></head><body><article><p class='kicker'>Diplomacy</p><h1>Truce extended by a month</h1>"
                + "<p class='standfirst'>Mediators expect a wider deal on prisoners and crossings</p>"
                + BODY.replace("<article>", "").replace("</article>", "") + "</article>", null);
        assertEquals("Mediators expect a wider deal on prisoners and crossings", a.meta().subtitle());
        assertEquals(2, a.text().split("\n\n").length, a.text());
        assertTrue(a.text().startsWith("The two delegations met"), a.text());

        Article plain = html("><head></head><body><article><h1>Truce extended by a month</h1>"
                + BODY.replace("<article>", "").replace("</article>", "") + "</article>", null);
        assertNull(plain.meta().subtitle(), "a first paragraph ending like a sentence stays body");
        assertTrue(plain.text().startsWith("The two delegations met"), plain.text());
    }
}
