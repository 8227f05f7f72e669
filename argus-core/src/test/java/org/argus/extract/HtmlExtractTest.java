package org.argus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.argus.model.Article;
import org.argus.model.Document;
import org.argus.model.InputFormat;
import org.argus.model.PublishedDate;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.pipeline.StageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlExtractTest {
    private final ExtractStage stage = new ExtractStage();

    static String fixture(String name) {
        try (InputStream in = HtmlExtractTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Article html(String page, String url, PublishedDate given) {
        return html(page, url, given, null, null);
    }

    private Article html(String page, String url, PublishedDate given, String title, String outlet) {
        RawDocument raw = new RawDocument("p", SourceRef.file("p.html"), InputFormat.HTML, page, title, url, given, outlet);
        return stage.apply(Document.of(raw)).article();
    }

    private static PublishedDate date(int y, int m, int d, PublishedDate.Origin origin) {
        return new PublishedDate(LocalDate.of(y, m, d), origin);
    }

    @Test
    void jsonLdWinsOverOpenGraphAndMetaTags() {
        Article a = html(fixture("jsonld-article.html"), "https://news.example.com/feed-item?id=7", null);
        assertEquals("Border talks end with a prisoner swap", a.title());
        assertEquals(date(2021, 3, 4, PublishedDate.Origin.METADATA), a.published(), "JSON-LD date, as written (no UTC shift)");
        assertEquals("Northgate Herald", a.outlet());
        assertEquals("https://news.example.com/world/2021/03/01/border-talks", a.url(), "relative canonical resolved");
    }

    @Test
    void bodyKeepsParagraphsSubheadsQuotesAndProseListItemsAndDropsFurniture() {
        Article a = html(fixture("jsonld-article.html"), null, null);
        assertEquals(List.of(
                "Negotiators from the two neighbouring states agreed on Thursday to exchange forty detainees held since the clashes of last autumn.",
                "The exchange took place at a crossing point north of the disputed valley, a spokesman for the regional monitoring mission said.",
                "A fragile truce",
                "Both delegations also pledged to keep a hotline open between their military commanders, according to a joint statement.",
                "“This is a first step, not the end of the road,” the mediator told reporters after the signing.",
                "The detainees were examined by doctors from an international aid group before crossing.",
                "The next round of talks is expected to take place in the capital next month, officials said."),
                List.of(a.text().split("\n\n")));
        assertEquals(List.of("Released detainees walk toward the crossing point on Thursday. (Photo by Tom Reyes / AFP)"), a.captions());
        for (String clutter : List.of("cookies", "Share this", "newsletter", "Another dispute", "Great article", "Subscribe",
                "Copyright", "Lena Marsh", "More on this story", "Home", "Sport")) {
            assertTrue(!a.text().contains(clutter), clutter + " leaked into " + a.text());
        }
    }

    @Test
    void openGraphTitleLosesItsSiteSuffixAndTheDensestBlockIsTheBody() {
        Article a = html(fixture("meta-only.html"), null, null);
        assertEquals("Ceasefire monitors report new shelling", a.title());
        assertEquals(date(2019, 11, 15, PublishedDate.Origin.METADATA), a.published());
        assertEquals("The Valley Courier", a.outlet());
        assertEquals("https://courier.example.org/news/monitors-shelling", a.url());
        String[] paragraphs = a.text().split("\n\n");
        assertEquals(3, paragraphs.length, a.text());
        assertTrue(paragraphs[0].startsWith("International monitors said on Friday"));
        assertTrue(paragraphs[2].startsWith("Neither side commented"));
        assertTrue(a.captions().isEmpty());
    }

    @Test
    void titleFallsBackToH1ThenToTheTitleTagWithoutItsSiteSuffix() {
        String body = "<p>Rebel commanders rejected the proposal for a buffer zone in a statement read on local radio.</p>";
        assertEquals("Rebels reject buffer zone",
                html("<title>Other | Site</title><h1>Rebels reject buffer zone</h1>" + body, null, null).title());
        assertEquals("Rebels reject buffer zone plan",
                html("<title>Rebels reject buffer zone plan | Daily Example</title>" + body, null, null).title());
        assertEquals("Rebels reject buffer zone plan",
                html("<head><meta property='og:site_name' content='Daily Example'><title>Rebels reject buffer zone plan - Daily Example</title></head>"
                        + body, null, null).title());
        // a dash inside a headline that does not name the site stays
        assertEquals("Truce holds - for now", html("<title>Truce holds - for now</title>" + body, null, null).title());
    }

    @Test
    void dateComesFromOtherMetasThenTimeElementThenUrlPath() {
        String body = "<article><p>Officials from both governments held a long phone call about the disputed border crossing.</p></article>";
        assertEquals(date(2020, 5, 7, PublishedDate.Origin.METADATA),
                html("<meta itemprop='datePublished' content='2020-05-07'>" + body, null, null).published());
        assertEquals(date(2020, 5, 8, PublishedDate.Origin.METADATA),
                html("<meta name='pubdate' content='Fri, 08 May 2020 09:00:00 GMT'>" + body, null, null).published());
        assertEquals(date(2020, 5, 9, PublishedDate.Origin.METADATA),
                html("<article><time datetime='2020-05-09T08:00'>Saturday</time>" + body.substring(9), null, null).published());
        assertEquals(date(2020, 6, 8, PublishedDate.Origin.URL),
                html(body, "https://example.org/world/2020/06/08/call", null).published());
        assertEquals(date(2020, 6, 9, PublishedDate.Origin.URL),
                html("<link rel='canonical' href='https://example.org/2020/06/09/call/'>" + body, null, null).published());
        assertNull(html(body, "https://example.org/2020/13/45/bad", null).published(), "an impossible URL date is ignored");
    }

    @Test
    void inputGivenDateTitleAndOutletWin() {
        PublishedDate given = date(2021, 1, 1, PublishedDate.Origin.GIVEN);
        Article a = html(fixture("jsonld-article.html"), null, given, "Given headline", "Given Outlet");
        assertEquals(given, a.published());
        assertEquals("Given headline", a.title());
        assertEquals("Given Outlet", a.outlet());
    }

    @Test
    void textInDivsAndLineBreaksWithoutParagraphMarkupIsStillFound() {
        String page = "<html><body><div class='menu'>Home World Sport</div><div id='story'>"
                + "Government forces retook the hilltop town after three days of fighting, a military spokesman said.<br><br>"
                + "Residents who fled last week began returning on Sunday, according to local officials.<br>"
                + "Sign up for our newsletter</div></body></html>";
        Article a = html(page, null, null);
        assertEquals("Government forces retook the hilltop town after three days of fighting, a military spokesman said.\n\n"
                + "Residents who fled last week began returning on Sunday, according to local officials.", a.text());
    }

    @Test
    void anArticleWrittenWithLineBreaksUnderTheHeadlineBeatsParagraphTeasersElsewhere() {
        String para1 = "Armed groups that have held positions in the capital since the spring agreed on Monday to withdraw "
                + "to barracks outside the city within two weeks, the interior ministry said in a statement.";
        String para2 = "The agreement, reached after three days of talks mediated by tribal elders, also provides for the "
                + "release of detainees held by both sides and for joint patrols on the main coastal road.";
        String para3 = "Residents said the streets were calm on Monday evening, though gunfire was heard near the airport.";
        StringBuilder teasers = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            teasers.append("<li><p>Teaser number ").append(i)
                    .append(" describes another story about a different topic that readers might enjoy reading later today.</p></li>");
        }
        String page = "<body><div class='story'><h1>Militias agree to leave the capital</h1><div class='text'>" + para1
                + "<br><br>" + para2 + "<br><br><em>" + para3 + "</em></div></div><div class='guides'><ul>" + teasers
                + "</ul></div></body>";
        Article a = html(page, null, null);
        assertEquals("Militias agree to leave the capital", a.title());
        assertEquals(para1 + "\n\n" + para2 + "\n\n" + para3, a.text());
    }

    @Test
    void captionsOutsideFiguresAndCreditParagraphsAreSeparated() {
        String page = "<article><p>Troops withdrew from the northern checkpoint overnight, the interior ministry said on Monday.</p>"
                + "<p class='image-caption'>A soldier stands guard at the checkpoint.</p>"
                + "<p>Smoke rises over the checkpoint. REUTERS/Jane Roe</p>"
                + "<p>The withdrawal was part of a deal brokered by regional mediators last week, diplomats said.</p></article>";
        Article a = html(page, null, null);
        assertEquals(List.of("A soldier stands guard at the checkpoint.", "Smoke rises over the checkpoint. REUTERS/Jane Roe"), a.captions());
        assertEquals(2, a.text().split("\n\n").length, a.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "<html></html>", "<html><body>\n <div> </div></body></html>",
            "<script>document.write('Officials said the talks were going very well and would continue tomorrow.')</script>"})
    void pagesWithoutTextAreRejectedWithAReason(String page) {
        StageException e = assertThrows(StageException.class, () -> html(page, null, null));
        assertEquals(ExtractStage.NO_TEXT, e.getMessage());
    }

    /** Issue 23: a page with text gives its best candidate, never nothing, however much of it looks like furniture. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<html><body><nav>Home</nav><footer>Copyright</footer></body></html>|Home",
        "<p>Sign up for our newsletter</p><p>Share</p>|Sign up for our newsletter",
        "<div class='menu'><p>Farmers in the north have demanded a meeting with the agriculture minister</p></div>|Farmers in the north",
        "<<<<<<<<|<<<<<<<<"})
    void aPageWithTextNeverGivesNothing(String page, String expected) {
        Article a = html(page, null, null);
        assertTrue(a.text().contains(expected), a.text());
    }

    @Test
    void brokenJsonLdAndMalformedMarkupDoNotStopExtraction() {
        String page = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\", \"headline\": </script>"
                + "<h1>Envoy arrives</h2><p>The special envoy arrived in the capital on Tuesday for three days of consultations.<div><p>"
                + "He is expected to meet the prime minister and the head of the army, his office said.";
        Article a = html(page, null, null);
        assertEquals("Envoy arrives", a.title());
        assertTrue(a.text().startsWith("The special envoy arrived"), a.text());
        assertTrue(a.text().endsWith("his office said."), a.text());
    }

    @Test
    void aDeeplyNestedPageDoesNotCrash() {
        String page = "<html><body>" + "<div>".repeat(5_000)
                + "<p>The delegations met again on Tuesday to discuss the terms of the ceasefire agreement.</p>"
                + "</div>".repeat(5_000) + "<p>A second paragraph after the nesting says the talks will resume in a week.</p></body></html>";
        Article a = html(page, null, null);
        assertTrue(a.text().contains("The delegations met again on Tuesday"), a.text());
        assertTrue(a.text().contains("the talks will resume in a week"), a.text());
        assertEquals("x", html("<span>".repeat(5_000) + "x" + "<em>".repeat(5_000), null, null).text());
    }

    @Test
    void pagesOverTheSizeLimitAreRefused() {
        String huge = "<p>" + "a".repeat(ExtractStage.MAX_CONTENT_CHARS) + "</p>";
        StageException e = assertThrows(StageException.class, () -> html(huge, null, null));
        assertTrue(e.getMessage().contains("over the limit of " + ExtractStage.MAX_CONTENT_CHARS), e.getMessage());
    }

    @Test
    void dataTablesAndEmbeddedPostsAreBodyTextButTeaserCardsAreNot() {
        String page = "<main><article><h1>Casualty figures revised</h1>"
                + "<p>The health ministry revised its casualty figures on Thursday after counting reports from three provinces.</p>"
                + "<table><tr><th>Province</th><th>Killed</th></tr><tr><td>North</td><td>12</td></tr><tr><td>East</td><td>7</td></tr></table>"
                + "<p>Officials said the numbers could still rise as rescue teams reach remote villages in the mountains.</p>"
                + "<div class='social-embed'><blockquote class='twitter-tweet'><p>Rescue teams reached the first village this morning.</p>"
                + "&mdash; Relief Agency (@relief) May 4, 2021</blockquote></div>"
                + "<p>The agency said it needed more trucks and fuel to reach the other villages before the weekend.</p>"
                + "<ul><li>Water</li><li>Blankets</li></ul>"
                + "<p>Donors have pledged help but little has arrived so far, the ministry's spokesman told reporters.</p></article>"
                + "<section><article><a href='/other-story'><h4>Floods hit the south</h4>"
                + "<p>Heavy rain has flooded dozens of towns across the southern plain, forcing thousands to leave their homes.</p></a></article>"
                + "</section></main>";
        String text = html(page, null, null).text();
        assertTrue(text.contains("Province Killed\n\nNorth 12\n\nEast 7"), text);
        assertTrue(text.contains("Rescue teams reached the first village this morning."), text);
        assertTrue(text.contains("Water\n\nBlankets"), "short items of a list among the paragraphs: " + text);
        assertTrue(!text.contains("Heavy rain") && !text.contains("Floods hit"), "teaser card for another story: " + text);
    }

    @Test
    void aLayoutTableIsReadThroughItsParagraphsOnce() {
        String page = "<table><tr><td><p>The two sides agreed to exchange prisoners before the end of the month, officials said.</p>"
                + "<p>The exchange will be overseen by the Red Cross, which has visited both camps this year.</p></td></tr></table>";
        String text = html(page, null, null).text();
        assertEquals(2, text.split("\n\n").length, text);
    }
}
