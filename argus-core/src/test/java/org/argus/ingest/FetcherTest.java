package org.argus.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fetching from a web server the test runs on 127.0.0.1: each limit of {@link FetchPolicy} and robots.txt. */
class FetcherTest {
    private static final FetchPolicy FAST = FetchPolicy.defaults().withHostDelay(Duration.ZERO)
            .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700));

    @Test
    void aPageIsFetchedWithAUserAgentNamingArgus() throws Exception {
        try (LocalWeb web = new LocalWeb()) {
            web.on("/story", LocalWeb.Answer.of("text/html; charset=utf-8", "<p>The delegates met.</p>"));
            Fetcher.Response r = new Fetcher(FAST).fetch(web.url("/story"), Fetcher.Kind.PAGE);
            assertEquals("text/html", r.mediaType());
            assertEquals("utf-8", r.charset());
            assertArrayEquals("<p>The delegates met.</p>".getBytes(StandardCharsets.UTF_8), r.body());
            String agent = web.requests().stream().filter(q -> q.path().equals("/story")).findFirst().orElseThrow().header("User-Agent");
            assertTrue(agent.startsWith("Argus/"), agent);
        }
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        Fetcher fetcher = new Fetcher(FAST);
        for (String url : List.of("file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)", "/relative/path")) {
            FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(url, Fetcher.Kind.PAGE), url);
            assertTrue(e.getMessage().contains("only http and https"), e.getMessage());
        }
    }

    @Test
    void redirectsAreFollowedUpToTheLimitAndTheirTargetsChecked() throws Exception {
        try (LocalWeb web = new LocalWeb()) {
            web.on("/a", new LocalWeb.Answer(301, Map.of("Location", "/b"), new byte[0]));
            web.on("/b", new LocalWeb.Answer(302, Map.of("Location", web.url("/c")), new byte[0]));
            web.on("/c", LocalWeb.Answer.of("text/plain", "arrived"));
            web.on("/loop", new LocalWeb.Answer(302, Map.of("Location", "/loop"), new byte[0]));
            web.on("/to-file", new LocalWeb.Answer(302, Map.of("Location", "file:///etc/passwd"), new byte[0]));
            Fetcher fetcher = new Fetcher(FAST);
            Fetcher.Response r = fetcher.fetch(web.url("/a"), Fetcher.Kind.PAGE);
            assertEquals(web.url("/c"), r.url());
            assertEquals("arrived", new String(r.body(), StandardCharsets.UTF_8));
            FetchException loop = assertThrows(FetchException.class, () -> fetcher.fetch(web.url("/loop"), Fetcher.Kind.PAGE));
            assertTrue(loop.getMessage().contains("more than 5 redirects"), loop.getMessage());
            assertEquals(6, web.count("/loop"), "the first request and five redirects");
            FetchException file = assertThrows(FetchException.class, () -> fetcher.fetch(web.url("/to-file"), Fetcher.Kind.PAGE));
            assertTrue(file.getMessage().contains("only http and https"), file.getMessage());
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedWhateverItsLengthHeaderSays() throws Exception {
        try (LocalWeb web = new LocalWeb()) {
            byte[] big = new byte[64 * 1024];
            java.util.Arrays.fill(big, (byte) 'a');
            web.on("/big", new LocalWeb.Answer(200, Map.of("Content-Type", "text/plain"), big));
            Fetcher fetcher = new Fetcher(FAST.withMaxBytes(10_000));
            FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(web.url("/big"), Fetcher.Kind.PAGE));
            assertTrue(e.getMessage().contains("over the limit of 10000 bytes"), e.getMessage());
        }
    }

    @Test
    void onlyHtmlAndPlainTextArePagesAndErrorsNameTheStatus() throws Exception {
        try (LocalWeb web = new LocalWeb()) {
            web.on("/logo.png", new LocalWeb.Answer(200, Map.of("Content-Type", "image/png"), new byte[] {1, 2, 3}));
            web.on("/gone", new LocalWeb.Answer(410, Map.of("Content-Type", "text/plain"), "gone".getBytes(StandardCharsets.UTF_8)));
            Fetcher fetcher = new Fetcher(FAST);
            FetchException png = assertThrows(FetchException.class, () -> fetcher.fetch(web.url("/logo.png"), Fetcher.Kind.PAGE));
            assertTrue(png.getMessage().contains("content type image/png is not HTML or plain text"), png.getMessage());
            FetchException gone = assertThrows(FetchException.class, () -> fetcher.fetch(web.url("/gone"), Fetcher.Kind.PAGE));
            assertEquals(410, gone.status());
        }
    }

    @Test
    void aServerThatStallsFailsAtTheReadTimeout() throws Exception {
        try (LocalWeb web = new LocalWeb()) {
            web.on("/slow", request -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return LocalWeb.Answer.of("text/plain", "late");
            });
            long t0 = System.nanoTime();
            FetchException e = assertThrows(FetchException.class, () -> new Fetcher(FAST).fetch(web.url("/slow"), Fetcher.Kind.PAGE));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(e.getMessage().contains("timeout"), e.getMessage());
            assertTrue(ms < 2900, "gave up after the 700 ms read timeout, not when the server answered: " + ms + " ms");
        }
    }

    @Test
    void robotsTxtIsHonouredForArgusAndReadOncePerSite() throws Exception {
        try (LocalWeb web = new LocalWeb()) {
            web.on("/robots.txt", LocalWeb.Answer.of("text/plain", "User-agent: *\nDisallow: /\n\nUser-agent: Argus\nDisallow: /private/\n"));
            web.on("/news/1", LocalWeb.Answer.of("text/html", "<p>one</p>"));
            web.on("/private/2", LocalWeb.Answer.of("text/html", "<p>two</p>"));
            Fetcher fetcher = new Fetcher(FAST);
            fetcher.fetch(web.url("/news/1"), Fetcher.Kind.PAGE);
            FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(web.url("/private/2"), Fetcher.Kind.PAGE));
            assertTrue(e.getMessage().contains("robots.txt"), e.getMessage());
            assertEquals(0, web.count("/private/2"), "a disallowed page is never requested");
            assertEquals(1, web.count("/robots.txt"));
        }
    }

    @Test
    void aSiteWhoseRobotsTxtFailsIsLeftAloneAndOneWithoutItIsOpen() throws Exception {
        try (LocalWeb broken = new LocalWeb(); LocalWeb open = new LocalWeb()) {
            broken.on("/robots.txt", new LocalWeb.Answer(503, Map.of("Content-Type", "text/plain"), "down".getBytes(StandardCharsets.UTF_8)));
            broken.on("/page", LocalWeb.Answer.of("text/html", "<p>x</p>"));
            open.on("/page", LocalWeb.Answer.of("text/html", "<p>x</p>"));
            Fetcher fetcher = new Fetcher(FAST);
            assertThrows(FetchException.class, () -> fetcher.fetch(broken.url("/page"), Fetcher.Kind.PAGE));
            assertEquals(0, broken.count("/page"));
            fetcher.fetch(open.url("/page"), Fetcher.Kind.PAGE);
            assertEquals(1, open.count("/page"));
        }
    }

    @Test
    void requestsToOneHostArePacedByTheDelayAndTheCrawlDelay() throws Exception {
        try (LocalWeb web = new LocalWeb()) {
            web.on("/robots.txt", LocalWeb.Answer.of("text/plain", "User-agent: *\nCrawl-delay: 3\n"));
            web.on("/1", LocalWeb.Answer.of("text/html", "<p>1</p>"));
            web.on("/2", LocalWeb.Answer.of("text/html", "<p>2</p>"));
            List<Long> pauses = new ArrayList<>();
            Fetcher fetcher = new Fetcher(FAST.withHostDelay(Duration.ofMillis(500)), pauses::add);
            fetcher.fetch(web.url("/1"), Fetcher.Kind.PAGE);
            fetcher.fetch(web.url("/2"), Fetcher.Kind.PAGE);
            // robots.txt first, then /1 and /2, each 3 s (the site's Crawl-delay, longer than the 500 ms asked) after the one before
            assertEquals(2, pauses.size(), pauses.toString());
            assertTrue(pauses.stream().allMatch(p -> p > 2000 && p <= 3000), pauses.toString());
        }
    }

    @Test
    void aFeedThatDidNotChangeAnswers304ToItsValidators() throws Exception {
        try (LocalWeb web = new LocalWeb()) {
            web.on("/feed.xml", request -> "\"v1\"".equals(request.header("If-None-Match"))
                    ? new LocalWeb.Answer(304, Map.of("ETag", "\"v1\""), new byte[0])
                    : new LocalWeb.Answer(200, Map.of("Content-Type", "application/rss+xml", "ETag", "\"v1\"",
                    "Last-Modified", "Mon, 01 Jun 2020 10:00:00 GMT"), "<rss/>".getBytes(StandardCharsets.UTF_8)));
            Fetcher fetcher = new Fetcher(FAST);
            Fetcher.Response first = fetcher.fetch(web.url("/feed.xml"), Fetcher.Kind.FEED);
            assertEquals("\"v1\"", first.etag());
            assertEquals("Mon, 01 Jun 2020 10:00:00 GMT", first.lastModified());
            Fetcher.Response second = fetcher.fetch(web.url("/feed.xml"), Fetcher.Kind.FEED, first.etag(), first.lastModified());
            assertTrue(second.notModified());
            LocalWeb.Request asked = web.requests().get(web.requests().size() - 1);
            assertEquals("Mon, 01 Jun 2020 10:00:00 GMT", asked.header("If-Modified-Since"));
        }
    }
}
