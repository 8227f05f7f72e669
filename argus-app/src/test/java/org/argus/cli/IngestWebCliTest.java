package org.argus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.argus.ingest.LocalWeb;
import org.argus.store.CorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code argus ingest} from the web: pages, feeds and --watch against a server the test runs on
 * 127.0.0.1, and a web archive the test writes. The pages are our own short news texts.
 */
class IngestWebCliTest {
    @TempDir
    Path dir;

    static String page(String title, String body) {
        return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + body
                + "</p></article></body></html>";
    }

    static final String PORT_STRIKE = page("Dock workers strike", "Dock workers in Valmora walked out on Monday, the transport union said. "
            + "The union said the strike would last until the port authority agreed to talks on wages.");
    static final String FERRY_TALKS = page("Ferry talks", "The governments of Norland and Estmark met in Valmora on Tuesday to discuss the ferry "
            + "route, officials said. Both delegations said the talks had been useful.");
    static final String AID = page("Border row", "Norland accused Estmark of shelling a border village on Wednesday, the foreign "
            + "ministry said. Estmark denied the charge and called for an inquiry.");

    static String rss(String... links) {
        StringBuilder items = new StringBuilder();
        for (String link : links) {
            items.append("<item><title>t</title><link>").append(link).append("</link><pubDate>Mon, 01 Jun 2020 08:00:00 GMT</pubDate></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Valmora Herald</title>" + items + "</channel></rss>";
    }

    @Test
    void aFeedIsIngestedItsFailuresReportedAndAPollFetchesOnlyWhatIsNew() throws IOException {
        try (LocalWeb web = new LocalWeb()) {
            web.on("/robots.txt", LocalWeb.Answer.of("text/plain", "User-agent: *\nDisallow: /members/\n"));
            web.on("/strike", LocalWeb.Answer.of("text/html; charset=utf-8", PORT_STRIKE));
            web.on("/ferry", LocalWeb.Answer.of("text/html; charset=utf-8", FERRY_TALKS));
            web.on("/aid", LocalWeb.Answer.of("text/html; charset=utf-8", AID));
            web.on("/members/only", LocalWeb.Answer.of("text/html", FERRY_TALKS));
            AtomicReference<String> feed = new AtomicReference<>(rss(web.url("/strike"), web.url("/ferry"), web.url("/members/only"),
                    web.url("/gone")));
            AtomicReference<String> etag = new AtomicReference<>("\"1\"");
            web.on("/feed.xml", request -> etag.get().equals(request.header("If-None-Match"))
                    ? new LocalWeb.Answer(304, Map.of("ETag", etag.get()), new byte[0])
                    : new LocalWeb.Answer(200, Map.of("Content-Type", "application/rss+xml", "ETag", etag.get()),
                    feed.get().getBytes(StandardCharsets.UTF_8)));
            String db = dir.resolve("corpus.db").toString();

            CliTest.Run first = CliTest.run("ingest", "--quiet", "--db", db, "--host-delay", "0s", "--feed", web.url("/feed.xml"));
            assertEquals(1, first.exit(), first.err());
            assertTrue(first.out().contains("stored 2 new and 0 updated articles"), first.out());
            assertTrue(first.err().contains(web.url("/members/only")) && first.err().contains("robots.txt"), first.err());
            assertTrue(first.err().contains(web.url("/gone")) && first.err().contains("HTTP 404"), first.err());
            assertEquals(0, web.count("/members/only"), "robots.txt is honoured");
            try (CorpusStore store = CorpusStore.open(Path.of(db))) {
                assertTrue(store.hasUrl(web.url("/strike")) && store.hasUrl(web.url("/ferry")));
            }

            // the feed's items failed in part, so its validators were not kept: the next poll reads it again,
            // and fetches only the pages that are not stored
            CliTest.Run second = CliTest.run("ingest", "--quiet", "--db", db, "--host-delay", "0s", "--feed", web.url("/feed.xml"));
            assertTrue(second.out().contains("stored 0 new and 0 updated articles"), second.out());
            assertEquals(1, web.count("/strike"), "a stored URL is not fetched again");
            assertEquals(2, web.count("/gone"), "a failed item is tried again");

            // a feed all of whose items were fetched keeps its ETag: an unchanged feed answers 304 and nothing is fetched
            feed.set(rss(web.url("/strike"), web.url("/ferry")));
            etag.set("\"2\"");
            CliTest.Run third = CliTest.run("ingest", "--quiet", "--db", db, "--host-delay", "0s", "--feed", web.url("/feed.xml"));
            assertEquals(0, third.exit(), third.err());
            long feedRequests = web.count("/feed.xml");
            CliTest.Run watch = CliTest.run("ingest", "--quiet", "--db", db, "--host-delay", "0s", "--feed", web.url("/feed.xml"),
                    "--watch", "--every", "1s", "--polls", "2");
            assertEquals(0, watch.exit(), watch.err());
            assertTrue(watch.out().contains("poll 1: stored 0 new") && watch.out().contains("poll 2: stored 0 new")
                    && watch.out().contains("1 feed unchanged"), watch.out());
            assertEquals(feedRequests + 2, web.count("/feed.xml"));
            assertEquals("\"2\"", web.requests().get(web.requests().size() - 1).header("If-None-Match"));

            // a new item: only its page is fetched
            feed.set(rss(web.url("/strike"), web.url("/ferry"), web.url("/aid")));
            etag.set("\"3\"");
            CliTest.Run fourth = CliTest.run("ingest", "--quiet", "--db", db, "--host-delay", "0s", "--feed", web.url("/feed.xml"));
            assertTrue(fourth.out().contains("stored 1 new and 0 updated articles"), fourth.out());
            assertEquals(1, web.count("/aid"));
            assertEquals(1, web.count("/ferry"));
        }
    }

    @Test
    void pageUrlsAFeedFileAndAWebArchiveAreIngested() throws IOException {
        try (LocalWeb web = new LocalWeb()) {
            web.on("/strike", LocalWeb.Answer.of("text/html", PORT_STRIKE));
            web.on("/ferry", LocalWeb.Answer.of("text/html", FERRY_TALKS));
            Path feedFile = dir.resolve("herald.xml");
            Files.writeString(feedFile, rss(web.url("/ferry")));
            Path warc = dir.resolve("crawl.warc.gz");
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(warc, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE);
                 org.netpreserve.jwarc.WarcWriter writer = new org.netpreserve.jwarc.WarcWriter(channel, org.netpreserve.jwarc.WarcCompression.GZIP)) {
                org.netpreserve.jwarc.HttpResponse http = new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
                        .body(org.netpreserve.jwarc.MediaType.parse("text/html; charset=utf-8"), AID.getBytes(StandardCharsets.UTF_8)).build();
                writer.write(new org.netpreserve.jwarc.WarcResponse.Builder("https://archive.example/aid")
                        .date(java.time.Instant.parse("2019-02-03T12:00:00Z")).body(http).build());
            }
            String db = dir.resolve("corpus.db").toString();
            CliTest.Run run = CliTest.run("ingest", "--quiet", "--db", db, "--host-delay", "0s", web.url("/strike"), warc.toString(),
                    "--feed", feedFile.toString());
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().contains("stored 3 new"), run.out());
            CliTest.Run events = CliTest.run("events", "--db", db, "--format", "json");
            assertTrue(events.out().contains("\"https://archive.example/aid\""), events.out());
            try (CorpusStore store = CorpusStore.open(Path.of(db))) {
                assertTrue(store.hasUrl("https://archive.example/aid"));
                assertTrue(store.hasUrl(web.url("/ferry")));
            }
            CliTest.Run dated = CliTest.run("events", "--db", db, "--format", "json", "--from", "2019-02-03", "--to", "2019-02-03");
            assertTrue(dated.out().contains("\"published\" : \"2019-02-03\"") || dated.out().contains("\"published\":\"2019-02-03\""),
                    "the archive record's date is the article's: " + dated.out());
        }
    }

    @Test
    void usageErrorsExit2() {
        assertEquals(2, CliTest.run("ingest", "--db", dir.resolve("x.db").toString()).exit(), "no input");
        assertEquals(2, CliTest.run("ingest", "--db", dir.resolve("x.db").toString(), "--watch", "a.txt").exit(), "--watch without --feed");
        assertEquals(2, CliTest.run("ingest", "--db", dir.resolve("x.db").toString(), "--feed", "f.xml", "--watch", "--every", "soon").exit());
        CliTest.Run scheme = CliTest.run("ingest", "--db", "mysql://user@localhost/news", "a.txt");
        assertEquals(2, scheme.exit(), scheme.err());
        assertTrue(scheme.err().contains("unknown database scheme 'mysql://'"), scheme.err());
        assertEquals(2, CliTest.run("events", "--db", "redis://localhost").exit());
        assertTrue(Files.notExists(Path.of("mysql:")), "no file was made of the URL");
    }
}
