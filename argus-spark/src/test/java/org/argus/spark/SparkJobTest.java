package org.argus.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.argus.spark.rows.Records;
import org.argus.spark.rows.Schemas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The job in local mode on two cores, over articles written for the test (text, HTML, JSONL with a
 * broken line, a page with no article, a web archive), compared with {@code argus analyze} on the
 * same inputs in this JVM.
 */
class SparkJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE_URL = "https://lakeside.example/2021/03/talks";

    @TempDir
    static Path dir;

    static SparkSession spark;
    static Path inputs;
    static Path parquet;
    static ArgusJob.Summary summary;
    static String stderr;

    @BeforeAll
    static void runTheJob() throws IOException {
        inputs = Files.createDirectories(dir.resolve("inputs"));
        Files.createDirectories(inputs.resolve("text"));
        Files.writeString(inputs.resolve("text/border.txt"), """
                Chad accuses Sudan over border raids
                Chad accused Sudan on Tuesday of arming rebels who attacked a border town, a government spokesman said.
                "We will defend every village," said Chad's defence minister.
                Sudan denied the accusation on Wednesday and called for talks.
                """);
        Files.writeString(inputs.resolve("text/aid.txt"), """
                Niger sends food aid to flooded districts
                Niger sent food and medicine to flooded districts in the south on Monday, the interior ministry said.
                The European Union pledged money for the relief effort.
                """);
        Files.createDirectories(inputs.resolve("html"));
        Files.writeString(inputs.resolve("html/summit.html"), page("Envoys meet in Niamey",
                "<p>Mali and Niger held talks in Niamey on Thursday about security on their shared border.</p>"
                        + "<p>Malian officials said the two governments agreed to hold joint patrols.</p>"));
        Files.writeString(inputs.resolve("html/no-text.html"), """
                <html><head><script>var page = 1;</script></head><body><img src="banner.png"></body></html>
                """);
        Files.writeString(inputs.resolve("feed.jsonl"), """
                {"id": "feed-1", "text": "Burkina Faso expelled a French diplomat on Friday, the foreign ministry said.", "published": "2021-03-05", "source": "Sahel Wire"}
                {"id": "feed-2", "text": "Ghana and Togo signed a trade agreement in Accra on Monday.", "published": "2021-03-08"
                {"id": "feed-3", "text": "Senegal praised the electoral commission for a peaceful vote.", "published": "2021-03-09", "source": "Dakar Post"}
                """);
        try (FileChannel channel = FileChannel.open(inputs.resolve("crawl.warc.gz"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            writer.write(new WarcRequest.Builder(PAGE_URL).date(Instant.parse("2021-03-11T08:00:00Z")).build());
            response(writer, PAGE_URL, 200, "text/html; charset=utf-8", warcPage());
            response(writer, "https://lakeside.example/logo.png", 200, "image/png", new byte[] {1, 2, 3});
            response(writer, "https://lakeside.example/gone", 404, "text/html", "<p>Not here</p>");
        }
        parquet = dir.resolve("out");
        spark = LocalSpark.start();
        StringWriter err = new StringWriter();
        summary = new ArgusJob(spark, JobOptions.parse(new String[] {"--out", parquet.toString(), inputs.toString()}),
                new PrintWriter(err, true)).run();
        stderr = err.toString();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static String page(String title, String body) {
        return "<html><head><title>" + title + "</title></head><body><nav>Home | World</nav><article><h1>" + title + "</h1>" + body
                + "</article><footer>Subscribe</footer></body></html>";
    }

    private static String warcPage() {
        return page("Lake Chad states agree to share patrol data",
                "<p>Cameroon and Nigeria agreed on Wednesday to share intelligence on armed groups around Lake Chad.</p>"
                        + "<p>Nigerian officials said the deal would help their troops.</p>");
    }

    private static void response(WarcWriter writer, String url, int status, String type, Object body) throws IOException {
        byte[] bytes = body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) body;
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").addHeader("Content-Type", type)
                .body(MediaType.parse(type), bytes).build();
        writer.write(new WarcResponse.Builder(url).date(Instant.parse("2021-03-11T08:00:01Z")).body(http).build());
    }

    /** Each article's event objects, sorted, by article id: from the job's events output. */
    private static Map<String, List<String>> sparkEvents(Path out) {
        Map<String, List<String>> events = new TreeMap<>();
        for (Row r : spark.read().parquet(out.resolve("events").toString()).select("article", "json").collectAsList()) {
            events.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(canonical(r.getString(1)));
        }
        events.values().forEach(l -> l.sort(null));
        return events;
    }

    /** Each article's event objects, sorted, by article id: from {@code argus analyze --format jsonl}. */
    private static Map<String, List<String>> analyzeEvents(String... inputs) throws IOException {
        List<String> args = new ArrayList<>(List.of("analyze", "--format", "jsonl", "-q"));
        args.addAll(List.of(inputs));
        LocalSpark.Run run = LocalSpark.argus(args.toArray(String[]::new));
        Map<String, List<String>> events = new TreeMap<>();
        for (String line : run.out().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode doc = JSON.readTree(line);
            List<String> list = events.computeIfAbsent(doc.get("id").asText(), k -> new ArrayList<>());
            doc.get("events").forEach(e -> list.add(e.toString()));
        }
        events.values().forEach(l -> l.sort(null));
        events.values().removeIf(List::isEmpty);
        return events;
    }

    private static String canonical(String json) {
        try {
            return JSON.readTree(json).toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theEventsAreTheEventObjectsAnalyzePrints() throws IOException {
        Map<String, List<String>> expected = analyzeEvents(inputs.resolve("text").toString(), inputs.resolve("html").toString(),
                inputs.resolve("feed.jsonl").toString());
        Map<String, List<String>> actual = sparkEvents(parquet);
        actual.remove(PAGE_URL);
        assertTrue(expected.size() >= 4, "the test's articles should have events: " + expected.keySet());
        assertEquals(expected, actual);
    }

    @Test
    void aWebArchivePageIsAnalysedAsThatPageWithItsUrlAndCaptureDate() throws IOException {
        Path jsonl = dir.resolve("page.jsonl");
        ObjectNode line = JSON.createObjectNode().put("id", PAGE_URL).put("html", warcPage()).put("url", PAGE_URL).put("published", "2021-03-11");
        Files.writeString(jsonl, line + "\n");
        Map<String, List<String>> expected = analyzeEvents(jsonl.toString());
        assertTrue(expected.containsKey(PAGE_URL), "the page should have events: " + expected);
        assertEquals(expected.get(PAGE_URL), sparkEvents(parquet).get(PAGE_URL));
        Row article = spark.read().parquet(parquet.resolve("articles").toString()).filter("id = '" + PAGE_URL + "'").first();
        assertEquals("2021-03-11", article.getAs("published"));
        assertEquals("given", article.getAs("publishedOrigin"));
        assertTrue(article.<String>getAs("input").contains("crawl.warc.gz@"), article.<String>getAs("input"));
    }

    @Test
    void inputsThatFailAreInTheErrorsOutputAndTheRestIsAnalysed() {
        List<Row> errors = spark.read().parquet(parquet.resolve("errors").toString()).orderBy("input").collectAsList();
        List<String> seen = new ArrayList<>();
        for (Row e : errors) {
            seen.add(e.getAs("stage") + " " + e.getAs("input") + " " + e.getAs("reason"));
        }
        assertEquals(3, errors.size(), seen.toString());
        assertTrue(seen.stream().anyMatch(s -> s.startsWith("ingest file:" + inputs.resolve("crawl.warc.gz") + "@")
                && s.endsWith(" https://lakeside.example/gone HTTP 404 response, not a page")), seen.toString());
        assertTrue(seen.stream().anyMatch(s -> s.startsWith("ingest file:" + inputs.resolve("feed.jsonl") + ":2 invalid JSON")), seen.toString());
        assertTrue(seen.stream().anyMatch(s -> s.startsWith("extract file:" + inputs.resolve("html/no-text.html") + " ")
                && s.contains("no article text")), seen.toString());
        assertEquals(3, summary.failed());
        assertEquals(6, summary.analysed());
        assertEquals(1, summary.exitCode());
        Set<String> ids = new HashSet<>(spark.read().parquet(parquet.resolve("articles").toString()).select("id").as(
                org.apache.spark.sql.Encoders.STRING()).collectAsList());
        assertEquals(Set.of("border", "aid", "summit", "feed-1", "feed-3", PAGE_URL), ids);
    }

    @Test
    void everyFieldOfTheObjectsHasItsColumnAndTheJsonColumnKeepsTheObject() throws IOException {
        for (Records kind : Records.values()) {
            Set<String> columns = new HashSet<>();
            for (StructField f : Schemas.of(kind.output()).fields()) {
                columns.add(f.name());
            }
            List<Row> rows = spark.read().parquet(parquet.resolve(kind.output()).toString()).collectAsList();
            assertTrue(!rows.isEmpty(), kind.output());
            for (Row r : rows) {
                JsonNode object = JSON.readTree(r.<String>getAs("json"));
                for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (kind == Records.ARTICLES && Set.of("actors", "quotes", "events").contains(name)) {
                        continue; // the other outputs
                    }
                    assertTrue(columns.contains(name), kind.output() + " has no column for the object's field " + name);
                }
                for (String context : kind.context()) {
                    assertTrue(!object.has(context), kind.output() + ": the json column holds the object alone");
                }
            }
        }
        Row event = spark.read().parquet(parquet.resolve("events").toString()).filter("article = 'border'").orderBy("`trigger`.`start`").first();
        JsonNode object = JSON.readTree(event.<String>getAs("json"));
        assertEquals(object.get("type").asText(), event.getAs("type"));
        assertEquals(object.get("trigger").get("start").asInt(), event.<Row>getAs("trigger").<Integer>getAs("start"));
        assertEquals(object.get("sentence").get("text").asText(), event.<Row>getAs("sentence").getAs("text"));
    }

    @Test
    void jsonLinesHoldTheSameRecordsAsParquet() throws IOException {
        Path json = dir.resolve("out-json");
        new ArgusJob(spark, JobOptions.parse(new String[] {"--format", "json", "--no-corpus", "--out", json.toString(),
                inputs.resolve("text").toString()}), new PrintWriter(new StringWriter())).run();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(json.resolve("events"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().endsWith(".jsonl")).toList()) {
                lines.addAll(Files.readAllLines(p).stream().filter(l -> !l.isBlank()).toList());
            }
        }
        Map<String, List<String>> fromJson = new TreeMap<>();
        for (String l : lines) {
            ObjectNode record = (ObjectNode) JSON.readTree(l);
            String article = record.get("article").asText();
            assertTrue(record.has("title") && record.has("published"), l);
            fromJson.computeIfAbsent(article, k -> new ArrayList<>()).add(Records.EVENTS.object(record).toString());
        }
        fromJson.values().forEach(list -> list.sort(null));
        Map<String, List<String>> fromParquet = sparkEvents(parquet);
        fromParquet.keySet().retainAll(Set.of("border", "aid"));
        assertTrue(!fromJson.isEmpty());
        assertEquals(fromParquet, fromJson);
    }
}
