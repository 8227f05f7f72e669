package org.argus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argus timeline} as a user runs it, over a corpus ingested from articles written for the test. */
class TimelineCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).isNull() ? null : n.get(field).asText()));
        return out;
    }

    @Test
    void eventsInDateOrderWithPrecisionPlaceAndTheArticlesReportingThem() throws IOException {
        Path feed = work.resolve("feed.jsonl");
        Files.writeString(feed, String.join("\n",
                "{\"id\":\"wire-a\",\"published\":\"2020-01-17\",\"text\":\"Government forces attacked rebel positions in the city of Tarhuna on Monday.\"}",
                "{\"id\":\"wire-b\",\"published\":\"2020-01-16\",\"text\":\"Government forces attacked rebel positions in the city of Tarhuna on Monday, residents said.\"}",
                "{\"id\":\"wire-c\",\"published\":\"2020-01-16\",\"text\":\"Greece accused Turkey of violating its airspace in December.\"}"));
        String db = work.resolve("corpus.db").toString();
        assertEquals(0, CliTest.run("ingest", "--db", db, "--quiet", feed.toString()).exit());

        CliTest.Run json = CliTest.run("timeline", "--db", db, "--format", "json");
        assertEquals(0, json.exit(), json.err());
        JsonNode all = JSON.readTree(json.out());
        assertEquals(List.of("2019-12", "2020-01-13"), texts(all, "date").stream().distinct().toList(), json.out());
        JsonNode december = all.get(0);
        assertEquals("month", december.get("datePrecision").asText());
        assertEquals("ACCUSE", december.get("type").asText());
        JsonNode tarhuna = all.get(all.size() - 1);
        assertEquals("day", tarhuna.get("datePrecision").asText());
        assertEquals("text", tarhuna.get("dateOrigin").asText());
        assertEquals("Tarhuna", tarhuna.get("place").asText());
        assertEquals("LBY", tarhuna.get("placeCountry").asText());
        assertEquals(List.of("wire-a", "wire-b"), JSON.convertValue(tarhuna.get("articles"), List.class),
                "one event reported by two articles is listed once");

        JsonNode fromJanuary = JSON.readTree(CliTest.run("timeline", "--db", db, "--format", "json", "--from", "2020-01-01").out());
        assertTrue(texts(fromJanuary, "type").stream().noneMatch("ACCUSE"::equals), "December is before the range");
        JsonNode decemberOnly = JSON.readTree(CliTest.run("timeline", "--db", db, "--format", "json", "--to", "2019-12-31").out());
        assertEquals(List.of("ACCUSE"), texts(decemberOnly, "type"));
        JsonNode greece = JSON.readTree(CliTest.run("timeline", "--db", db, "--format", "json", "--actor", "greece").out());
        assertEquals(List.of("ACCUSE"), texts(greece, "type"));

        CliTest.Run text = CliTest.run("timeline", "--db", db);
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith("2020-01-13  day  text  ASSAULT") && l.contains("@ Tarhuna")
                && l.contains("wire-a; wire-b")), text.out());
    }
}
