package org.argus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
    private static List<FeedReader.Item> read(String xml, String base) {
        return new FeedReader().read(xml.getBytes(StandardCharsets.UTF_8), base);
    }

    @Test
    void rssItemsGiveTheirLinkTitleAndDate() {
        List<FeedReader.Item> items = read("""
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>Lakeside Gazette</title><link>https://gazette.example/</link>
                <item><title>Ferry talks resume</title><link>https://gazette.example/ferry</link>
                  <pubDate>Tue, 02 Jun 2020 08:30:00 +0000</pubDate></item>
                <item><title>Relative link</title><link>/harbour</link><pubDate>3 Jun 2020 09:00 GMT</pubDate></item>
                <item><title>Only a guid</title><guid>https://gazette.example/guid-story</guid></item>
                <item><title>Not a permalink</title><guid isPermaLink="false">tag:gazette,42</guid></item>
                </channel></rss>
                """, "https://gazette.example/feed.xml");
        assertEquals(List.of(new FeedReader.Item("https://gazette.example/ferry", "Ferry talks resume", LocalDate.of(2020, 6, 2)),
                new FeedReader.Item("https://gazette.example/harbour", "Relative link", LocalDate.of(2020, 6, 3)),
                new FeedReader.Item("https://gazette.example/guid-story", "Only a guid", null)), items);
    }

    @Test
    void atomEntriesTakeTheirAlternateLink() {
        List<FeedReader.Item> items = read("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Wire</title>
                <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Dam <b>opens</b></div></title>
                  <link rel="self" href="https://wire.example/api/1"/><link rel="alternate" href="https://wire.example/dam"/>
                  <updated>2021-03-04T10:00:00Z</updated><published>2021-03-03T09:00:00+01:00</published></entry>
                <entry><title>Undated</title><link href="https://wire.example/undated"/></entry>
                </feed>
                """, null);
        assertEquals(2, items.size());
        assertEquals(new FeedReader.Item("https://wire.example/dam", "Dam opens", LocalDate.of(2021, 3, 3)), items.get(0));
        assertEquals("https://wire.example/undated", items.get(1).url());
    }

    @Test
    void rdfFeedsAreRead() {
        List<FeedReader.Item> items = read("""
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                  xmlns:dc="http://purl.org/dc/elements/1.1/">
                <item rdf:about="https://old.example/a"><title>A</title><link>https://old.example/a</link><dc:date>2019-11-05</dc:date></item>
                </rdf:RDF>
                """, null);
        assertEquals(List.of(new FeedReader.Item("https://old.example/a", "A", LocalDate.of(2019, 11, 5))), items);
    }

    @Test
    void aDocumentThatIsNoFeedIsRefusedAndEntitiesAreNotExpanded() {
        IllegalArgumentException html = assertThrows(IllegalArgumentException.class, () -> read("<html><body>hi</body></html>", null));
        assertTrue(html.getMessage().contains("not an RSS or Atom feed"), html.getMessage());
        assertThrows(IllegalArgumentException.class, () -> read("<rss><channel><item>", null));
        String xxe = """
                <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/hostname">]>
                <rss><channel><item><title>&x;</title><link>https://x.example/1</link></item></channel></rss>
                """;
        try {
            List<FeedReader.Item> items = read(xxe, null);
            assertTrue(items.isEmpty() || items.get(0).title() == null || !items.get(0).title().contains(
                    new String(readHostname(), StandardCharsets.UTF_8).strip()), "an external entity is never read");
        } catch (IllegalArgumentException refused) {
            // refusing the document is as good
        }
    }

    private static byte[] readHostname() {
        try {
            return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/etc/hostname"));
        } catch (java.io.IOException e) {
            return "no-hostname-file".getBytes(StandardCharsets.UTF_8);
        }
    }
}
