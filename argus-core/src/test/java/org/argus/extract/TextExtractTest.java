package org.argus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.argus.model.Article;
import org.argus.model.Document;
import org.argus.model.InputFormat;
import org.argus.model.PublishedDate;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.pipeline.Layer;
import org.argus.pipeline.StageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextExtractTest {
    private final ExtractStage stage = new ExtractStage();

    private Article text(String content, String title) {
        RawDocument raw = new RawDocument("t", SourceRef.file("t.txt"), InputFormat.TEXT, content, title, null, null, null);
        return stage.apply(Document.of(raw)).article();
    }

    /** A scraped page as a scraper writes it: menus and promos as lines among the paragraphs. */
    static final String SCRAPED = """
            Skip to main content
            World > Middle East > Diplomacy
            Politics

            Coastal city talks collapse as both sides trade accusations

            The mediators had hoped for a signed framework by the end of the week.
            Delegates leave the conference centre on Wednesday. REUTERS/Sam Doe

            Talks on the future of the coastal city broke down on Wednesday after the northern delegation walked out, two diplomats said.

            The northern side accused the government of moving artillery closer to the city during the negotiations, a charge the government denied.

            Sign up for our daily briefing newsletter

            “We will not negotiate under fire,” the northern delegation said.

            A spokesman for the mediators said a new date for talks would be announced once both sides confirmed their attendance.

            Related Articles
            Read more: Why the coastal city matters
            Get our newsletter delivered to your inbox.
            Join thousands of readers who get our analysis every morning, from the region's best reporters and analysts.
            Our expert team covers politics, security, energy and business across the whole region every single day.
            Share on Facebook
            © 2021 Example Media Group. All rights reserved.
            """;

    @Test
    void scrapedTextKeepsTheArticleAndItsWordingAndDropsTheClutter() {
        Article a = text(SCRAPED, null);
        assertEquals("Coastal city talks collapse as both sides trade accusations", a.title());
        assertEquals(String.join("\n\n",
                "Talks on the future of the coastal city broke down on Wednesday after the northern delegation walked out, two diplomats said.",
                "The northern side accused the government of moving artillery closer to the city during the negotiations, a charge the government denied.",
                "“We will not negotiate under fire,” the northern delegation said.",
                "A spokesman for the mediators said a new date for talks would be announced once both sides confirmed their attendance."),
                a.text());
        assertEquals(List.of("Delegates leave the conference centre on Wednesday. REUTERS/Sam Doe"), a.captions());
        assertNull(a.published());
    }

    @Test
    void shortSentencesEndingTheArticleStayButTrailingFurnitureGoes() {
        Article a = text("""
                The ceasefire in the northern province collapsed on Tuesday night after two days of relative calm, residents said.

                Shelling resumed overnight.

                Schools stayed closed.

                Share this article

                Subscribe to our newsletter
                """, null);
        assertEquals(List.of("The ceasefire in the northern province collapsed on Tuesday night after two days of relative calm, residents said.",
                "Shelling resumed overnight.", "Schools stayed closed."), List.of(a.text().split("\n\n")));
    }

    @Test
    void aGivenTitleIsNotRepeatedInTheBodyAndNoHeadlineIsGuessed() {
        Article a = text("Envoy visits the capital\n\nThe envoy arrived in the capital on Monday for talks with the foreign minister.\n",
                "Envoy visits the capital");
        assertEquals("Envoy visits the capital", a.title());
        assertEquals("The envoy arrived in the capital on Monday for talks with the foreign minister.", a.text());
    }

    @Test
    void withoutACaptionAfterItTheLineAfterTheTitleStaysInTheBodyAsTheLede() {
        Article a = text("""
                Army says it repelled an attack on the airport
                The army said on Sunday it had repelled an attack on the city airport by fighters loyal to the rival government.
                Three soldiers were wounded in the fighting, a military source told reporters in the city.
                """, null);
        assertEquals("Army says it repelled an attack on the airport", a.title());
        assertTrue(a.text().startsWith("The army said on Sunday"), a.text());
        assertEquals(2, a.text().split("\n\n").length);
    }

    @Test
    void hardWrappedParagraphsAreRejoined() {
        Article a = text("""
                The foreign ministers of the two countries met on Saturday in
                a neutral capital and agreed to restore diplomatic relations
                that were cut three years ago.

                A joint statement said embassies would reopen within two
                months and that a commission would settle the border dispute.
                """, "Ministers meet");
        assertEquals("The foreign ministers of the two countries met on Saturday in a neutral capital and agreed to restore "
                + "diplomatic relations that were cut three years ago.\n\nA joint statement said embassies would reopen within two "
                + "months and that a commission would settle the border dispute.", a.text());
    }

    @Test
    void anInlinePromoDoesNotCutTheArticleInTwo() {
        Article a = text("""
                Militia leaders agreed on Monday to hand over heavy weapons to a joint committee within thirty days.
                Advertisement
                The committee will be chaired by an officer from a neutral country, the agreement says.
                Observers welcomed the deal but warned that earlier pledges had not been kept.
                """, "Weapons deal");
        assertEquals(3, a.text().split("\n\n").length, a.text());
        assertFalse(a.text().contains("Advertisement"));
    }

    @Test
    void aShortWireBriefIsKept() {
        Article a = text("Ministers met in Cairo.\nThey agreed to meet again.", null);
        assertEquals("Ministers met in Cairo.\n\nThey agreed to meet again.", a.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Protesters gather outside the ministry. (Photo by Ana Lima/Getty Images)",
            "Photo: Ministry of Defence press office", "Soldiers patrol the border area / AFP",
            "The minister arrives for the summit in this file photo", "Police officers at the scene. AP Photo/Ivan Petrov",
            "Smoke rises over the port. REUTERS/Ali Ahmed", "Image caption: Delegates at the summit"})
    void creditsMakeCaptions(String line) {
        assertTrue(Clutter.isCaptionOrCredit(line), line);
        Article a = text("Talks resumed\n" + line
                + "\nNegotiators from both sides resumed talks on Tuesday after a two-week pause, the mediators said.", null);
        assertEquals(List.of(line), a.captions());
        assertFalse(a.text().contains(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The minister told AFP that the ceasefire would hold despite the attacks of the past week.",
            "A Reuters/Ipsos poll released on Monday showed that most voters supported the peace deal with the rebels, and that support grew.",
            "Related talks will take place in Geneva next week, the United Nations said.",
            "Share prices fell sharply in the capital on Monday after the attack on the refinery.",
            "Both sides were expected to sign up to the agreement by the end of the month, officials said."})
    void proseMentioningAgenciesOrPromoWordsIsNotClutter(String line) {
        assertFalse(Clutter.isCaptionOrCredit(line), line);
        assertFalse(Clutter.isClutter(line), line);
        assertEquals(TextExtractor.Kind.BODY, TextExtractor.classify(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Skip to main content", "Home > World > Africa", "News | Politics | Opinion", "World Politics Business Tech Sport",
            "Subscribe", "Already a member? Sign in", "Try it for free and cancel anytime.", "Related Articles", "Read more: The long road to peace",
            "Don't Miss", "More from our correspondents", "Share on Twitter", "Back to top", "© 2021 Example Media",
            "Copyright 2020 Example News. All rights reserved.", "Join over 10,000 readers of our weekly newsletter.",
            "Sign up for our newsletter", "Recommended"})
    void clutterLines(String line) {
        assertEquals(TextExtractor.Kind.CLUTTER, TextExtractor.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n  \n", " \t \u00A0 \n\u200B"})
    void textWithoutWordsIsRejected(String content) {
        StageException e = assertThrows(StageException.class, () -> text(content, null));
        assertEquals(ExtractStage.NO_TEXT, e.getMessage());
    }

    /** Issue 23: a text input loses its furniture but is never emptied; when cleaning would remove every line, the text stays. */
    @ParameterizedTest
    @ValueSource(strings = {"Farmers in the north have demanded a meeting with the agriculture minister",
        "Skip to main content\nHome > World\nSubscribe\nSign in", "Related Articles\nDon't Miss\nRecommended",
        "Talks resume in Geneva", "Ceasefire holds - residents return to the city"})
    void aTextThatCleaningWouldEmptyStays(String content) {
        String kept = text(content, null).text();
        assertEquals(String.join("\n\n", content.split("\n")), kept);
    }

    @Test
    void theStageDeclaresItsLayersAndAppliesTheFallbackDateLast() {
        assertEquals("extract", stage.name());
        assertEquals(java.util.Set.of(Layer.RAW), stage.requires());
        assertEquals(java.util.Set.of(Layer.TEXT), stage.provides());
        ExtractStage dated = new ExtractStage(LocalDate.of(2020, 2, 2));
        RawDocument undated = new RawDocument("u", SourceRef.file("u.txt"), InputFormat.TEXT,
                "The envoy arrived in the capital on Monday for talks with the foreign minister.", null, null, null, null);
        assertEquals(new PublishedDate(LocalDate.of(2020, 2, 2), PublishedDate.Origin.GIVEN),
                dated.apply(Document.of(undated)).article().published());
        String page = "<html><head><meta property='article:published_time' content='2019-09-09'></head><body><p>"
                + "The envoy arrived in the capital on Monday for talks with the foreign minister.</p></body></html>";
        RawDocument withMeta = new RawDocument("m", SourceRef.file("m.html"), InputFormat.HTML, page, null, null, null, null);
        assertEquals(new PublishedDate(LocalDate.of(2019, 9, 9), PublishedDate.Origin.METADATA),
                dated.apply(Document.of(withMeta)).article().published());
    }

    @Test
    void oneStageServesManyThreadsWithTheSameResults() throws Exception {
        Article expected = text(SCRAPED, null);
        String page = HtmlExtractTest.fixture("jsonld-article.html");
        RawDocument html = new RawDocument("h", SourceRef.file("h.html"), InputFormat.HTML, page, null, null, null, null);
        Article expectedHtml = stage.apply(Document.of(html)).article();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                boolean useHtml = i % 2 == 0;
                results.add(pool.submit(() -> useHtml ? stage.apply(Document.of(html)).article().equals(expectedHtml)
                        : text(SCRAPED, null).equals(expected)));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHeadlineAndSubtitleLeadingScrapedTextBecomeTitleAndSubtitle() {
        Article a = text(SCRAPED, null);
        assertEquals("Coastal city talks collapse as both sides trade accusations", a.title());
        assertEquals("The mediators had hoped for a signed framework by the end of the week.", a.meta().subtitle());
        assertTrue(a.text().startsWith("Talks on the future of the coastal city"), a.text());
    }

    @Test
    void aDateLineInTheHeaderOfScrapedTextDatesItButBodySentencesDoNot() {
        String header = "Envoys agree to meet again in Geneva\n\nBy Sam Doe | Published 14 January 2020 | 10:31 GMT\n\n"
                + "Updated: 16 January 2020\n\n";
        String body = "The envoys of the two governments agreed on Tuesday to meet again in Geneva next month, officials said.\n\n"
                + "The last round of talks, held on March 3, 2019, ended without a joint statement from either side.";
        Article dated = text(header + body, null);
        assertEquals(new PublishedDate(LocalDate.of(2020, 1, 14), PublishedDate.Origin.TEXT), dated.published());

        Article onlyUpdated = text("Envoys agree to meet again\n\nLast updated on June 8, 2020\n\n" + body, null);
        assertEquals(LocalDate.of(2020, 6, 8), onlyUpdated.published().date(), "an update date when nothing else dates it");

        assertNull(text(body, null).published(), "a date inside a body sentence is an event date, not the publication date");
        assertNull(text("On July 6, 2015, the envoy said this:\n\n" + body, null).published(), "a short sentence opening with a date");
    }
}
