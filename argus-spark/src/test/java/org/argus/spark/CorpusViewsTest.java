package org.argus.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.argus.corpus.AllianceGraph;
import org.argus.spark.load.StoreLoader;
import org.argus.store.CorpusActor;
import org.argus.store.CorpusStore;
import org.argus.store.Filters;
import org.argus.store.NearDuplicate;
import org.argus.store.TimelineEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus views of a job equal the store's views once the job's articles are loaded into a real
 * SQLite corpus with {@code argus spark load}: near-duplicates, corpus actors, alliances and event
 * clusters, on articles written for the test (a wire story republished by a second outlet, the same
 * accusation reported by a third, an unrelated report).
 */
class CorpusViewsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static SparkSession spark;
    static Path out;
    static CorpusStore store;

    @BeforeAll
    static void runAndLoad() throws IOException {
        String wire = "Chad accused Sudan on Tuesday of arming rebels who attacked the border town of Adre, a government spokesman said. "
                + "Sudan denied the accusation and said its army had not crossed the border. "
                + "Egypt supported Chad's call for an inquiry and offered to send observers. "
                + "The African Union urged both governments to return to talks in Addis Ababa next week.";
        List<String> lines = List.of(
                article("a-wire", "Sahel Daily", "2021-03-02", wire),
                article("b-reprint", "Desert Courier", "2021-03-02", wire + " The border has been closed since January."),
                article("c-report", "Lake Post", "2021-03-03",
                        "Chad on Tuesday accused Sudan of arming rebels near Adre, its spokesman told reporters. "
                                + "Egypt supported Chad in the dispute, the Egyptian foreign ministry said."),
                article("d-other", "Sahel Daily", "2021-03-05",
                        "Niger sent food aid to flooded districts on Thursday. The European Union pledged money for the relief effort."));
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.write(inputs.resolve("corpus.jsonl"), lines);
        out = dir.resolve("out");
        spark = LocalSpark.start();
        ArgusJob.Summary summary = new ArgusJob(spark, JobOptions.parse(new String[] {"--format", "json", "--out", out.toString(),
                inputs.toString()}), new PrintWriter(new StringWriter())).run();
        assertEquals(0, summary.failed());
        Path db = dir.resolve("corpus.db");
        long stored = new StoreLoader(spark, StoreLoader.Options.parse(new String[] {"--db", db.toString(), out.toString()}))
                .run(new PrintWriter(new StringWriter()));
        assertEquals(4, stored);
        store = CorpusStore.open(db);
    }

    @AfterAll
    static void stop() {
        store.close();
        spark.stop();
    }

    private static String article(String id, String source, String published, String text) {
        return JSON.createObjectNode().put("id", id).put("source", source).put("published", published).put("text", text).toString();
    }

    private static List<JsonNode> output(String name) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> parts = Files.list(CorpusViewsTest.out.resolve(name))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(p)) {
                    if (!line.isBlank()) {
                        out.add(JSON.readTree(line));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    @Test
    void nearDuplicatesAreTheStores() throws IOException {
        List<String> spark = new ArrayList<>();
        for (JsonNode d : output("duplicates")) {
            spark.add(d.get("article").asText() + " repeats " + d.get("original").asText() + " (" + d.get("articleOutlet").asText() + ", "
                    + d.get("originalOutlet").asText() + ", " + d.get("containment").asDouble() + ")");
        }
        List<String> stored = new ArrayList<>();
        for (NearDuplicate d : store.nearDuplicates()) {
            stored.add(d.article() + " repeats " + d.original() + " (" + d.articleOutlet() + ", " + d.originalOutlet() + ", "
                    + d.containment() + ")");
        }
        assertTrue(spark.stream().anyMatch(s -> s.startsWith("b-reprint repeats a-wire")), spark.toString());
        assertEquals(stored, spark);
    }

    @Test
    void corpusActorsAndTheirMergesAreTheStores() throws IOException {
        List<String> spark = new ArrayList<>();
        for (JsonNode a : output("corpus_actors")) {
            spark.add(String.join(" | ", a.get("id").asText(), a.get("name").asText(), a.get("type").asText(), a.path("country").asText("-"),
                    a.path("sector").asText("-"), a.path("role").asText("-"), strings(a.get("aliases")).toString(),
                    a.get("mentions").asText(), strings(a.get("articles")).toString(), strings(a.get("evidence")).toString()));
        }
        List<String> stored = new ArrayList<>();
        for (CorpusActor a : store.actors(Filters.ActorFilter.all())) {
            stored.add(String.join(" | ", a.id(), a.name(), a.type(), a.country() == null ? "-" : a.country(),
                    a.sector() == null ? "-" : a.sector(), a.role() == null ? "-" : a.role(), a.aliases().toString(),
                    String.valueOf(a.mentions()), a.articles().toString(), a.evidence().toString()));
        }
        assertTrue(spark.stream().anyMatch(s -> s.startsWith("country-chad | Chad") && s.contains("[a-wire, b-reprint, c-report]")),
                String.join("\n", spark));
        assertEquals(stored, spark);
        List<String> merges = new ArrayList<>();
        output("actor_merges").forEach(m -> merges.add(m.get("from").asText() + " -> " + m.get("into").asText() + ": " + m.get("evidence").asText()));
        List<String> storedMerges = new ArrayList<>();
        store.mergeEvidence().forEach(m -> storedMerges.add(m[0] + " -> " + m[1] + ": " + m[2]));
        assertEquals(storedMerges.stream().sorted().toList(), merges.stream().sorted().toList());
    }

    @Test
    void alliancesAreTheStoresWeightedByIndependentSources() throws IOException {
        List<String> spark = new ArrayList<>();
        for (JsonNode e : output("alliances")) {
            List<String> evidence = new ArrayList<>();
            e.get("evidence").forEach(ev -> evidence.add(ev.get("article").asText() + ": " + ev.get("sentence").asText()));
            spark.add(e.get("source").get("id").asText() + " " + e.get("relation").asText() + " " + e.get("target").get("id").asText() + " w="
                    + e.get("weight").asInt() + " " + strings(e.get("articles")) + " " + evidence + " " + e.path("from").asText("-") + ".."
                    + e.path("to").asText("-"));
        }
        List<String> stored = new ArrayList<>();
        for (AllianceGraph.Edge e : store.alliances(null, null)) {
            List<String> evidence = new ArrayList<>();
            e.evidence().forEach(ev -> evidence.add(ev.article() + ": " + ev.sentence().replaceAll("\\s+", " ").strip()));
            stored.add(e.source().id() + " " + e.relation() + " " + e.target().id() + " w=" + e.weight() + " " + e.articles() + " " + evidence
                    + " " + (e.firstDate() == null ? "-" : e.firstDate()) + ".." + (e.lastDate() == null ? "-" : e.lastDate()));
        }
        assertTrue(spark.stream().anyMatch(s -> s.startsWith("country-chad OPPOSE country-sudan w=2 [a-wire, b-reprint, c-report]")),
                String.join("\n", spark));
        assertEquals(stored, spark);
    }

    @Test
    void eventClustersAreTheStoresTimeline() throws IOException {
        List<String> spark = new ArrayList<>();
        for (JsonNode c : output("clusters")) {
            List<String> articles = new ArrayList<>();
            List<String> sentences = new ArrayList<>();
            c.get("reports").forEach(r -> {
                if (!articles.contains(r.get("article").asText())) {
                    articles.add(r.get("article").asText());
                }
                sentences.add(r.get("article").asText() + ": " + r.get("sentence").asText());
            });
            spark.add(c.get("date").asText() + " " + c.get("precision").asText() + " " + c.get("type").asText() + " " + articles + " sources="
                    + c.get("independentSources").asInt() + " " + strings(c.get("dates")) + " " + strings(c.get("places")) + " "
                    + strings(c.get("figures")) + " " + sentences);
        }
        List<String> stored = new ArrayList<>();
        for (TimelineEntry t : store.timeline(Filters.EventFilter.all())) {
            List<String> sentences = new ArrayList<>();
            t.reports().forEach(r -> sentences.add(r.article() + ": " + r.sentence()));
            stored.add(t.date() + " " + t.datePrecision() + " " + t.type() + " " + t.articles() + " sources=" + t.independentSources() + " "
                    + t.dates() + " " + t.places() + " " + t.figures() + " " + sentences);
        }
        assertTrue(spark.stream().anyMatch(s -> s.contains(" ACCUSE [a-wire, b-reprint, c-report] sources=2 ")), String.join("\n", spark));
        assertEquals(stored.stream().sorted().toList(), spark.stream().sorted().toList());
    }
}
