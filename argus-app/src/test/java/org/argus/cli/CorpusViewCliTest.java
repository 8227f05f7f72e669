package org.argus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus views over articles written for the test: a wire story, a reprint of it by another
 * site, and another outlet's report of a strike on the same day in a different town.
 */
class CorpusViewCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    private static String db;
    private static String ingestOut;
    private static String ingestErr;

    private static final String WIRE = "Eastern forces shelled the town of Gharyan on Monday, killing 4 civilians, the local council said. "
            + "The council said the shells hit a market and two houses near the main road, and that ambulances from the town hospital "
            + "took the wounded to Tripoli. The eastern command did not comment on the attack. Fighting around Gharyan has intensified "
            + "since the spring, when the eastern forces lost the town to the government after a surprise offensive. "
            + "Residents said many families had left for the capital during the weekend, fearing a new assault on the town.";

    @BeforeAll
    static void ingest() throws IOException {
        Path feed = work.resolve("feed.jsonl");
        String reprint = "Shelling kills civilians in Gharyan. " + WIRE.replace("4 civilians", "5 civilians") + " <script>alert(1)</script>";
        String other = "Government aircraft bombed positions of the eastern forces near Sirte on Monday, a military spokesman said. "
                + "He said the raids destroyed two artillery pieces and a fuel depot, and that the aircraft returned safely to Misrata.";
        Files.writeString(feed, String.join("\n",
                line("wire-1", "2020-06-09", "Sahara Wire", "https://wire.example/2020/06/09/gharyan", WIRE),
                line("reprint-1", "2020-06-09", "Coast Daily", "javascript:alert(1)", reprint),
                line("other-1", "2020-06-09", "Desert Post", "https://post.example/sirte-raids", other)));
        db = work.resolve("corpus.db").toString();
        CliTest.Run run = CliTest.run("ingest", "--db", db, feed.toString());
        assertEquals(0, run.exit(), run.err());
        ingestOut = run.out();
        ingestErr = run.err();
    }

    private static String line(String id, String published, String source, String url, String text) throws IOException {
        return JSON.writeValueAsString(java.util.Map.of("id", id, "published", published, "source", source, "url", url, "text", text));
    }

    @Test
    void everyStoredEventIsTheEventAnalyzePrintsWithTheSamePartiesAndTrace() throws IOException {
        CliTest.Run analyzed = CliTest.run("analyze", "--format", "jsonl", "--quiet", work.resolve("feed.jsonl").toString());
        assertEquals(0, analyzed.exit(), analyzed.err());
        List<JsonNode> fromJsonl = new java.util.ArrayList<>();
        for (String line : analyzed.out().strip().split("\n")) {
            JsonNode doc = JSON.readTree(line);
            for (JsonNode e : doc.get("events")) {
                fromJsonl.add(((com.fasterxml.jackson.databind.node.ObjectNode) e.deepCopy()).put("article", doc.get("id").asText()));
            }
        }
        CliTest.Run listed = CliTest.run("events", "--db", db, "--format", "json");
        assertEquals(0, listed.exit(), listed.err());
        List<JsonNode> stored = new java.util.ArrayList<>();
        for (JsonNode e : JSON.readTree(listed.out())) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = e.deepCopy();
            copy.remove(List.of("title", "published"));
            stored.add(copy);
        }
        assertTrue(fromJsonl.size() >= 3, "the test articles give events: " + fromJsonl);
        java.util.Comparator<JsonNode> order = java.util.Comparator.comparing((JsonNode e) -> e.get("article").asText())
                .thenComparing(e -> e.get("trigger").get("start").asInt()).thenComparing(e -> e.get("type").asText());
        assertEquals(fromJsonl.stream().sorted(order).toList(), stored.stream().sorted(order).toList(),
                "the store and every view carry the JSONL event object, parties, codes, offsets and trace included");
    }

    @Test
    void aReprintIsLinkedAtIngestAndListedWithItsOriginal() throws IOException {
        assertTrue(ingestOut.contains("1 near-duplicates linked"), ingestOut);
        assertTrue(ingestErr.contains("reprint-1: near-duplicate of wire-1"), ingestErr);
        JsonNode pairs = JSON.readTree(CliTest.run("duplicates", "--db", db, "--format", "json").out());
        assertEquals(1, pairs.size());
        assertEquals("reprint-1", pairs.get(0).get("article").asText());
        assertEquals("wire-1", pairs.get(0).get("original").asText());
    }

    @Test
    void theTimelineCountsTheReprintOnceAndKeepsItsDifferentFigure() throws IOException {
        JsonNode timeline = JSON.readTree(CliTest.run("timeline", "--db", db, "--format", "json").out());
        JsonNode gharyan = null;
        for (JsonNode e : timeline) {
            assertFalse(e.get("articles").toString().contains("wire-1") && e.get("articles").toString().contains("other-1"),
                    "the raid near Sirte is another event than the shelling of Gharyan: " + e);
            if ("Gharyan".equals(e.get("place").asText()) && e.get("sources").toString().contains("Eastern forces")) {
                gharyan = e;
            }
        }
        assertTrue(gharyan != null, timeline.toString());
        assertEquals(List.of("wire-1", "reprint-1"), JSON.convertValue(gharyan.get("articles"), List.class));
        assertEquals(1, gharyan.get("independentSources").asInt(), "a reprint is not a second source");
        assertEquals(List.of("4 civilians", "5 civilians"), JSON.convertValue(gharyan.get("figures"), List.class));
    }

    @Test
    void theBriefCitesEachSentenceWithItsOffsetsAndEscapesTheText() throws IOException {
        CliTest.Run md = CliTest.run("brief", "--db", db, "--actor", "eastern forces", "--format", "markdown");
        assertEquals(0, md.exit(), md.err());
        String out = md.out();
        for (String section : List.of("# Brief: eastern forces", "## Key events", "## Main quotes", "## Alliances", "## Disputed points")) {
            assertTrue(out.contains(section), section + " in\n" + out);
        }
        // every cited offset range holds the sentence it cites
        String wireText = WIRE;
        Matcher cite = Pattern.compile("wire-1 (\\d+)-(\\d+)").matcher(out);
        assertTrue(cite.find(), out);
        String cited = wireText.substring(Integer.parseInt(cite.group(1)), Integer.parseInt(cite.group(2)));
        assertTrue(cited.startsWith("Eastern forces shelled the town of Gharyan"), cited);
        assertTrue(out.contains("(https://wire.example/2020/06/09/gharyan#:~:text=Eastern%20forces%20shelled"), out);
        assertFalse(out.contains("javascript:"), "only http(s) URLs become links");
        assertFalse(out.contains("<script>"), "page text is never passed through as HTML");

        CliTest.Run text = CliTest.run("brief", "--db", db, "--actor", "eastern forces");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("KEY EVENTS"), text.out());
        assertEquals(2, CliTest.run("brief", "--db", db, "--actor", " ").exit());
    }
}
