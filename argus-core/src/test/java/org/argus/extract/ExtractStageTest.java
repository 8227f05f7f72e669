package org.argus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.argus.model.Article;
import org.argus.model.Document;
import org.argus.model.InputFormat;
import org.argus.model.PublishedDate;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.pipeline.StageException;
import org.junit.jupiter.api.Test;

class ExtractStageTest {
    private final ExtractStage stage = new ExtractStage();

    private Article extract(InputFormat format, String content, String url, PublishedDate given) {
        RawDocument raw = new RawDocument("t", SourceRef.file("t"), format, content, null, url, given, null);
        return stage.apply(Document.of(raw)).article();
    }

    private static final String PAGE = """
            <html><head><title>Envoys meet in Geneva | The Example Wire</title>
            <meta property="og:site_name" content="The Example Wire">
            <meta property="article:published_time" content="2020-10-20T08:00:00Z">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
              "headline":"Military delegations agree on a truce","datePublished":"2020-10-23T09:30:00Z",
              "publisher":{"@type":"Organization","name":"Example Wire"}}</script>
            <link rel="canonical" href="https://example.org/world/2020/10/22/truce"></head>
            <body><nav><ul><li>Home</li><li>World</li><li>Sport</li></ul></nav>
            <header class="site-header">Example Wire</header>
            <article><h1>Military delegations agree on a truce</h1>
            <figure><img src="x.jpg"><figcaption>Delegates arrive at the venue. (Photo by A. Person / AFP)</figcaption></figure>
            <p>Delegations of the two rival forces signed a permanent ceasefire on Friday after five days of talks.</p>
            <div class="share-bar">Share on Twitter Share on Facebook</div>
            <p>The agreement requires foreign fighters to leave the country within three months, the envoy said.</p>
            <aside class="newsletter">Sign up for our daily newsletter</aside>
            <p>Both sides also agreed to reopen the coastal road that links the east and the west of the country.</p>
            </article>
            <div class="related-stories"><h3>Related</h3><ul><li>Another story about something else entirely happened.</li></ul></div>
            <footer>Copyright 2020 Example Wire</footer></body></html>
            """;

    @Test
    void htmlKeepsTheArticleParagraphsAndItsMetadata() {
        Article a = extract(InputFormat.HTML, PAGE, null, null);
        assertEquals("Military delegations agree on a truce", a.title());
        assertEquals(new PublishedDate(LocalDate.of(2020, 10, 23), PublishedDate.Origin.METADATA), a.published());
        assertEquals("Example Wire", a.outlet());
        assertEquals("https://example.org/world/2020/10/22/truce", a.url());
        String[] paragraphs = a.text().split("\n\n");
        assertEquals(3, paragraphs.length, a.text());
        assertTrue(paragraphs[0].startsWith("Delegations of the two rival forces"));
        assertTrue(paragraphs[2].startsWith("Both sides also agreed"));
        assertFalse(a.text().contains("newsletter"));
        assertFalse(a.text().contains("Share on"));
        assertFalse(a.text().contains("Another story"));
        assertEquals(1, a.captions().size());
        assertTrue(a.captions().get(0).contains("AFP"));
    }

    @Test
    void dateComesFromTheUrlPathWhenThePageHasNone() {
        String page = "<html><body><article><p>Officials from both governments held a long phone call about the border.</p>"
                + "</article></body></html>";
        Article a = extract(InputFormat.HTML, page, "https://example.org/2020/06/08/call", null);
        assertEquals(new PublishedDate(LocalDate.of(2020, 6, 8), PublishedDate.Origin.URL), a.published());
    }

    @Test
    void aDateGivenWithTheInputWins() {
        PublishedDate given = new PublishedDate(LocalDate.of(2020, 1, 1), PublishedDate.Origin.GIVEN);
        assertEquals(given, extract(InputFormat.HTML, PAGE, null, given).published());
    }

    @Test
    void scrapedTextLosesMenusPromosAndCaptionsAndKeepsItsHeadline() {
        String text = """
                Skip to navigation
                World > Africa
                Rival camps trade blame as truce talks stall
                Negotiators left the venue without a date for the next round.
                Delegates leave the conference hall on Monday. REUTERS/Jane Doe
                The government delegation accused the eastern forces of breaking the truce twice this week, officials said.

                “We came here to talk, not to be shot at,” one negotiator told reporters outside the hall.

                Sign up for our newsletter
                Related: Five things to know about the talks
                © 2020 Example Media
                """;
        Article a = extract(InputFormat.TEXT, text, null, null);
        assertEquals("Rival camps trade blame as truce talks stall", a.title());
        assertTrue(a.text().startsWith("Negotiators left the venue") || a.text().startsWith("The government delegation"), a.text());
        assertTrue(a.text().contains("“We came here to talk, not to be shot at,” one negotiator told reporters"));
        assertFalse(a.text().contains("Skip to"));
        assertFalse(a.text().contains("World > Africa"));
        assertFalse(a.text().contains("newsletter"));
        assertFalse(a.text().contains("REUTERS"));
        assertFalse(a.text().contains("©"));
        assertEquals(1, a.captions().size());
    }

    @Test
    void pagesWithoutArticleTextAreRejectedWithAReason() {
        StageException e = assertThrows(StageException.class,
                () -> extract(InputFormat.HTML, "<html><body><nav>Home</nav></body></html>", null, null));
        assertEquals("no article text found after removing boilerplate", e.getMessage());
        assertThrows(StageException.class, () -> extract(InputFormat.HTML, "\u0001\u0002<<<>>>", null, null));
    }

    @Test
    void deeplyNestedPagesDoNotCrash() {
        String page = "<div>".repeat(20_000) + "<p>The delegations met again on Tuesday to discuss the ceasefire terms.</p>"
                + "</div>".repeat(20_000);
        Article a = extract(InputFormat.HTML, page, null, null);
        assertTrue(a.text().contains("delegations met again"));
        assertNull(a.published());
    }
}
