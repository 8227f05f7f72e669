package org.argus.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.argus.cli.ArgusCommand;
import org.argus.model.Document;
import org.argus.model.Event;
import org.argus.model.Quote;
import org.argus.output.DocumentJson;
import org.argus.output.EventJson;
import org.argus.output.QuoteJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The API against a real server on a free port over a real store of articles the real pipeline analysed. */
class WebApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static WebFixture.Served served;
    private static final StringWriter LOG = new StringWriter();

    @BeforeAll
    static void start() {
        served = WebFixture.serve(WebFixture.db(), null, WebConfig.DEFAULT_MAX_BODY, LOG);
    }

    @AfterAll
    static void stop() {
        served.close();
        assertEquals("", LOG.toString(), "no request failed unexpectedly");
    }

    record Answer(int status, JsonNode json, HttpResponse<String> response) {
    }

    static Answer get(WebFixture.Served server, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")
                ? JSON.readTree(r.body()) : null, r);
    }

    private static Answer get(String path) throws IOException, InterruptedException {
        return get(served, path);
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode page, String field) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get(field).asText()));
        return out;
    }

    @Test
    void healthSaysOkWithTheSecurityHeaders() throws Exception {
        Answer a = get("/api/health");
        assertEquals(200, a.status());
        assertEquals(JSON.readTree("{\"status\":\"ok\"}"), a.json());
        String csp = a.response().headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertEquals("nosniff", a.response().headers().firstValue("X-Content-Type-Options").orElseThrow());
        for (String path : List.of("/", "/assets/argus.css", "/assets/js/dom.js", "/articles/sahel-1", "/api/nothing-here")) {
            HttpResponse<String> r = get(path).response();
            assertEquals(csp, r.headers().firstValue("Content-Security-Policy").orElse(null), path + " carries the policy");
        }
        assertTrue(served.server().url().startsWith("http://127.0.0.1:"), served.server().url());
    }

    @Test
    void articlesAreListedNewestFirstAPageAtATimeAndSearched() throws Exception {
        assertEquals(List.of("sahel-3", "sahel-2", "sahel-1"), ids(get("/api/articles").json(), "id"));
        JsonNode first = get("/api/articles?limit=2").json();
        assertEquals(List.of("sahel-3", "sahel-2"), ids(first, "id"));
        JsonNode second = get("/api/articles?limit=2&cursor=" + q(first.get("next").asText())).json();
        assertEquals(List.of("sahel-1"), ids(second, "id"));
        assertTrue(second.get("next").isNull());
        assertEquals(WebFixture.MARKUP_TITLE, second.get("items").get(0).get("title").asText());
        assertEquals(List.of("sahel-1"), ids(get("/api/articles?q=kidal").json(), "id"));
        assertEquals(List.of("sahel-2", "sahel-1"), ids(get("/api/articles?q=" + q("Rebels")).json(), "id"));
        assertEquals(List.of("sahel-3", "sahel-2"), ids(get("/api/articles?from=2021-03-05").json(), "id"));
        Answer bad = get("/api/articles?q=" + q("&& **"));
        assertEquals(400, bad.status());
        assertEquals("q", bad.json().get("parameter").asText());
    }

    @Test
    void anArticleIsTheObjectAnalyzePrintedWithItsAnnotationsAsOffsets() throws Exception {
        DocumentJson documentJson = new DocumentJson();
        for (Document doc : WebFixture.documents()) {
            Answer a = get("/api/articles/" + doc.id());
            assertEquals(200, a.status());
            assertEquals(documentJson.toJson(doc), a.json(), doc.id());
        }
        JsonNode one = get("/api/articles/sahel-1").json();
        String text = one.get("text").asText();
        JsonNode event = one.get("events").get(0);
        assertEquals(event.get("trigger").get("text").asText(),
                text.substring(event.get("trigger").get("start").asInt(), event.get("trigger").get("end").asInt()));
        Answer missing = get("/api/articles/no-such-article");
        assertEquals(404, missing.status());
        assertTrue(missing.json().get("error").asText().contains("no-such-article"));
    }

    @Test
    void eventsAreTheEventObjectsAfterTheirArticleAndTakeTheCommandsFilters() throws Exception {
        EventJson eventJson = new EventJson();
        Set<JsonNode> expected = new HashSet<>();
        for (Document doc : WebFixture.documents()) {
            for (Event e : doc.events()) {
                ObjectNode o = JSON.createObjectNode().put("article", doc.id()).put("title", doc.article().title())
                        .put("published", doc.article().published().date().toString());
                o.setAll(eventJson.write(e, doc.text()));
                expected.add(o);
            }
        }
        Set<JsonNode> listed = new HashSet<>();
        String cursor = null;
        do {
            JsonNode page = get("/api/events?limit=3" + (cursor == null ? "" : "&cursor=" + q(cursor))).json();
            page.get("items").forEach(listed::add);
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
        } while (cursor != null);
        assertEquals(expected, listed);
        assertTrue(expected.size() >= 6, "the articles give events: " + expected.size());
        JsonNode accusations = get("/api/events?type=accuse&actor=mali&to=2021-03-31").json();
        assertEquals(1, accusations.get("items").size());
        assertEquals("Niger", accusations.get("items").get(0).get("target").get(0).get("name").asText());
        assertEquals(0, get("/api/events?type=ACCUSE&from=2021-03-05&to=2021-04-30").json().get("items").size());
    }

    @Test
    void quotesAreTheQuoteObjectsAfterTheirArticle() throws Exception {
        QuoteJson quoteJson = new QuoteJson();
        Document doc = WebFixture.documents().get(0);
        List<JsonNode> expected = new ArrayList<>();
        for (Quote quote : doc.quotes()) {
            if (quote.kind() == Quote.Kind.DIRECT) {
                ObjectNode o = JSON.createObjectNode().put("article", doc.id()).put("title", doc.article().title()).put("published", "2021-03-04");
                o.setAll(quoteJson.write(quote, doc.text()));
                expected.add(o);
            }
        }
        JsonNode direct = get("/api/quotes?kind=DIRECT&to=2021-03-04").json();
        assertEquals(expected, List.copyOf(iterable(direct.get("items"))));
        assertEquals(1, expected.size());
        assertEquals(List.of("sahel-2"), ids(get("/api/quotes?speaker=garba").json(), "article"));
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    @Test
    void badFiltersAre400sNamingTheParameter() throws Exception {
        String[][] cases = {
            {"/api/events?type=BOMBING", "type"}, {"/api/events?from=2021-13-01", "from"}, {"/api/events?from=2021-03-05&to=2021-03-01", "to"},
            {"/api/events?limit=0", "limit"}, {"/api/events?limit=501", "limit"}, {"/api/events?cursor=xyz", "cursor"},
            {"/api/events?actr=mali", "actr"}, {"/api/quotes?kind=shouted", "kind"}, {"/api/actors?country=Mali", "country"},
            {"/api/actors?type=ROBOT", "type"}, {"/api/timeline?type=x", "type"}, {"/api/brief", "actor"},
            {"/api/alliances?to=yesterday", "to"}, {"/api/claims?limit=-3", "limit"}, {"/api/articles?cursor=abc", "cursor"},
            {"/api/events?type=ACCUSE&type=SUPPORT", "type"},
        };
        for (String[] c : cases) {
            Answer a = get(c[0]);
            assertEquals(400, a.status(), c[0]);
            assertEquals(c[1], a.json().get("parameter").asText(), c[0]);
            assertFalse(a.json().get("error").asText().isBlank(), c[0]);
        }
        String quotesCursor = get("/api/quotes?limit=1").json().get("next").asText();
        Answer wrongList = get("/api/events?cursor=" + q(quotesCursor));
        assertEquals(400, wrongList.status());
        assertTrue(wrongList.json().get("error").asText().contains("events"), wrongList.json().toString());
        Answer unknown = get("/api/nothing-here");
        assertEquals(404, unknown.status());
        assertNotNull(unknown.json().get("error"));
    }

    @Test
    void theCorpusViewsAreTheObjectsOfTheirCommands() throws Exception {
        for (String view : List.of("alliances", "claims")) {
            JsonNode cli = JSON.readTree(cli(view, "--format", "json"));
            JsonNode api = get("/api/" + view + "?limit=500").json().get("items");
            assertEquals(cli, api, view);
            assertTrue(api.size() >= 1, view + " has items on the test corpus");
        }
        JsonNode edges = get("/api/alliances").json().get("items");
        assertTrue(iterable(edges).stream().anyMatch(e -> e.get("source").get("name").asText().equals("Algeria")
                && e.get("target").get("name").asText().equals("Mali") && e.get("relation").asText().equals("SUPPORT")), edges.toString());
        assertEquals("Niger", get("/api/claims").json().get("items").get(0).get("accused").get("name").asText());
        assertEquals(JSON.readTree(cli("timeline", "--format", "json")), get("/api/timeline?limit=500").json().get("items"));
        assertEquals(JSON.readTree(cli("actors", "--format", "json")), get("/api/actors?limit=500").json().get("items"));
        JsonNode mali = get("/api/actors?name=mali&type=country").json().get("items").get(0);
        assertEquals(mali, get("/api/actors/" + mali.get("id").asText()).json());
        assertEquals(404, get("/api/actors/no-such-actor").status());
        JsonNode timeline = get("/api/timeline?type=SUPPORT").json().get("items");
        assertTrue(timeline.size() >= 2 && iterable(timeline).stream().allMatch(t -> t.get("type").asText().equals("SUPPORT")), timeline.toString());
    }

    @Test
    void theBriefGathersWhatTheCorpusSaysAboutOneActor() throws Exception {
        JsonNode brief = get("/api/brief?actor=Niger").json();
        assertEquals("Niger", brief.get("actors").get(0).get("name").asText());
        assertEquals("Niger", brief.get("disputes").get(0).get("accused").get("name").asText());
        assertTrue(brief.get("events").size() >= 2, brief.toString());
        assertTrue(brief.get("articles").has("sahel-1") && !brief.get("articles").get("sahel-1").has("text"));
        JsonNode byAttaf = get("/api/brief?actor=" + q("Ahmed Attaf")).json().get("quotesBy");
        assertEquals(1, byAttaf.size(), byAttaf.toString());
        assertEquals("direct", byAttaf.get(0).get("kind").asText());
    }

    @Test
    void theOverviewCountsTheCorpus() throws Exception {
        JsonNode o = get("/api/overview").json();
        assertEquals(3, o.get("articles").asInt());
        int events = WebFixture.documents().stream().mapToInt(d -> d.events().size()).sum();
        assertEquals(events, o.get("events").asInt());
        int byMonth = 0;
        for (JsonNode m : o.get("eventsByMonth")) {
            byMonth += m.get("count").asInt();
        }
        assertEquals(events, byMonth);
    }

    @Test
    void theOpenApiDocumentDescribesEveryRouteAndNoOther() throws Exception {
        JsonNode doc = get("/api/openapi.json").json();
        assertEquals("3.1.0", doc.get("openapi").asText());
        Set<String> described = new HashSet<>();
        for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            doc.get("paths").get(path).fieldNames().forEachRemaining(method -> described.add(method.toUpperCase() + " " + path));
        }
        assertEquals(Set.copyOf(served.server().apiRoutes()), described);
    }

    @Test
    void serveListensOnLoopbackPrintsItsAddressAndStopsOnASignal() throws Exception {
        Process p = new ProcessBuilder(java(), "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.argus.cli.Main", "serve",
                "--port", "0", "--db", WebFixture.db().toString()).redirectErrorStream(true).start();
        try {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertNotNull(line, "serve printed its address");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("at (http://127\\.0\\.0\\.1:(\\d+)/)").matcher(line);
            assertTrue(m.find(), line);
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(m.group(1) + "api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("{\"status\":\"ok\"}", health.body());
            p.destroy(); // SIGTERM: the same shutdown as Ctrl-C
            assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "serve stopped");
            try (java.net.Socket s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress("127.0.0.1", Integer.parseInt(m.group(2))), 1000);
                throw new AssertionError("the port is still open after the server stopped");
            } catch (java.net.ConnectException expected) {
                // closed, as it should be
            }
        } finally {
            p.destroyForcibly();
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(WebFixture.db().toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = ArgusCommand.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        assertEquals(0, cmd.execute(all.toArray(String[]::new)), err.toString());
        return out.toString();
    }

    /** A POST with a body whose length is not declared (sent in chunks). */
    static HttpRequest.BodyPublisher chunked(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }
}
