package org.argus.cli;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user runs it, on articles written for the test, with the real models and SQLite. */
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path inputs;

    @TempDir
    Path work;

    /** What one command printed and returned. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = ArgusCommand.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void writeArticles() throws IOException {
        Files.writeString(inputs.resolve("brief.txt"), """
                Home | World | Africa
                Chad and Sudan trade accusations over border raids
                Chad accused Sudan on Tuesday of arming rebels who attacked a border town, the government said.

                “We will defend every village,” said Chadian Defence Minister Daoud Yaya Brahim.

                Subscribe to our newsletter
                """);
        Files.writeString(inputs.resolve("page.html"), """
                <html><head><title>Envoys meet | Example Wire</title>
                <meta property="article:published_time" content="2020-03-12T10:00:00Z"></head>
                <body><nav>Home World</nav><article><h1>Sudan welcomes Egyptian mediation</h1>
                <p>Sudan welcomed an offer of mediation from Egypt on Wednesday, the foreign ministry in Khartoum said.</p>
                <p>Egypt and Sudan held talks in Cairo last week about the border dispute with Chad.</p>
                </article><footer>Copyright Example Wire</footer></body></html>
                """);
        Files.writeString(inputs.resolve("feed.jsonl"), String.join("\n",
                "{\"id\":\"wire-1\",\"title\":\"Chad closes border\",\"published\":\"2020-03-14\",\"source\":\"Example Wire\","
                        + "\"text\":\"Chad closed its border with Sudan on Friday after new clashes. Sudan condemned the closure.\"}",
                "{\"id\": broken"));
    }

    @Test
    void analyzeWritesOneJsonObjectPerArticleAndReportsTheBadLine() throws IOException {
        Run r = run("analyze", "--format", "jsonl", "--published", "2020-03-13", inputs.toString());
        assertEquals(1, r.exit(), "a failed input makes the exit code 1");
        assertTrue(r.err().contains(inputs.resolve("feed.jsonl") + ":2: ingest: invalid JSON"), r.err());
        List<JsonNode> docs = new ArrayList<>();
        for (String line : r.out().strip().split("\n")) {
            docs.add(JSON.readTree(line));
        }
        assertEquals(List.of("brief", "wire-1", "page"), docs.stream().map(d -> d.get("id").asText()).toList());
        JsonNode brief = docs.get(0);
        assertEquals("Chad and Sudan trade accusations over border raids", brief.get("title").asText());
        assertEquals("2020-03-13", brief.get("published").asText(), "--published fills in a missing date");
        String text = brief.get("text").asText();
        assertTrue(!text.contains("newsletter") && !text.contains("Home | World"), text);
        for (String field : List.of("source", "url", "actors", "quotes", "events")) {
            assertTrue(brief.has(field), field);
        }
        JsonNode accuse = findEvent(brief, "ACCUSE");
        assertEquals("TCD", accuse.get("source").get(0).get("country").asText());
        assertEquals("SDN", accuse.get("target").get(0).get("country").asText());
        assertEquals("2020-03-10", accuse.get("date").asText(), "Tuesday before the published Friday");
        int start = accuse.get("trigger").get("start").asInt();
        assertEquals("accused", text.substring(start, accuse.get("trigger").get("end").asInt()));
        JsonNode direct = null;
        JsonNode reported = null;
        for (JsonNode q : brief.get("quotes")) {
            if (q.get("kind").asText().equals("direct")) {
                direct = q;
            } else if (q.get("cue").get("text").asText().equals("said")) {
                reported = q;
            }
        }
        JsonNode speaker = direct.get("speaker");
        assertEquals("Chadian Defence Minister Daoud Yaya Brahim", speaker.get("name").asText(), "the text's words");
        assertEquals("Daoud Yaya Brahim", speaker.get("actorName").asText(), "the actor they resolve to");
        String briefText = brief.get("text").asText();
        assertEquals(speaker.get("name").asText(), briefText.substring(speaker.get("start").asInt(), speaker.get("end").asInt()));
        assertEquals("TCD", brief.get("actors").findValues("country").get(0).asText());
        assertEquals("the government", reported.get("speaker").get("name").asText());
        assertEquals("2020-03-14", docs.get(1).get("published").asText(), "a date given in the input wins");
        assertEquals("2020-03-12", docs.get(2).get("published").asText());
        assertEquals("metadata", docs.get(2).get("publishedOrigin").asText());
    }

    @Test
    void ingestTwiceUpdatesAndTheListsShowEachActorOnce() throws IOException {
        String db = work.resolve("corpus.db").toString();
        Run first = run("ingest", "--db", db, "--quiet", inputs.resolve("brief.txt").toString(), inputs.resolve("page.html").toString(),
                inputs.resolve("feed.jsonl").toString());
        assertEquals(1, first.exit());
        assertTrue(first.out().contains("stored 3 new and 0 updated"), first.out());
        Run second = run("ingest", "--db", db, "--quiet", inputs.resolve("brief.txt").toString(), inputs.resolve("page.html").toString());
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("stored 0 new and 2 updated"), second.out());

        JsonNode actors = JSON.readTree(run("actors", "--db", db, "--format", "json").out());
        List<String> sudan = new ArrayList<>();
        actors.forEach(a -> {
            if (a.get("name").asText().equals("Sudan")) {
                sudan.add(a.get("id").asText());
                assertEquals(3, a.get("articles").size(), a.toString());
            }
        });
        assertEquals(1, sudan.size(), actors.toPrettyString());

        Run csv = run("events", "--db", db, "--format", "csv", "--type", "accuse");
        assertEquals(0, csv.exit());
        String[] rows = csv.out().strip().split("\n");
        assertTrue(rows[0].startsWith("date,type"), rows[0]);
        assertTrue(rows.length >= 2, csv.out());
        for (int i = 1; i < rows.length; i++) {
            assertTrue(rows[i].contains("ACCUSE"), rows[i]);
        }
        Run quotes = run("quotes", "--db", db, "--speaker", "brahim");
        assertTrue(quotes.out().contains("We will defend every village"), quotes.out());

        // a dictionary given to the listing applies to the stored corpus at once, and stays for later commands
        Path yaml = work.resolve("corpus-actors.yaml");
        Files.writeString(yaml, String.join("\n", "actors:", "  - name: D. Y. Brahim", "    aliases: [Daoud Yaya Brahim]",
                "  - name: Nobody", "    colour: blue", ""));
        Run refused = run("actors", "--db", db, "--format", "json", "--actors", yaml.toString());
        assertEquals(2, refused.exit(), "a bad entry is a usage error (issue 23)");
        assertTrue(refused.err().contains(yaml + ":5: "), refused.err());
        assertTrue(run("actors", "--db", db, "--name", "Daoud").out().contains("Daoud Yaya Brahim"), "the corpus was not changed");
        Files.writeString(yaml, String.join("\n", "actors:", "  - name: D. Y. Brahim", "    aliases: [Daoud Yaya Brahim]", ""));
        Run withDictionary = run("actors", "--db", db, "--format", "json", "--actors", yaml.toString());
        assertEquals(0, withDictionary.exit(), withDictionary.err());
        JsonNode renamed = JSON.readTree(withDictionary.out());
        List<String> names = new ArrayList<>();
        renamed.forEach(a -> names.add(a.get("name").asText()));
        assertTrue(names.contains("D. Y. Brahim") && !names.contains("Daoud Yaya Brahim"), names.toString());
        JsonNode later = JSON.readTree(run("actors", "--db", db, "--format", "json", "--name", "Brahim").out());
        assertEquals("D. Y. Brahim", later.get(0).get("name").asText(), later.toPrettyString());
        assertTrue(later.get(0).get("evidence").get(0).asText().contains("alias"), later.toPrettyString());
    }

    @Test
    void listingWithoutACorpusSaysSoAndUsageErrorsExit2() {
        Run missing = run("actors", "--db", work.resolve("none.db").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no corpus database at"), missing.err());
        assertEquals(2, run("analyze").exit(), "INPUT is required");
        assertEquals(2, run("analyze", "--format", "xml", "x.txt").exit());
        assertEquals(0, run("--help").exit());
    }

    @Test
    void extractRunsWithoutNlp() {
        Run r = run("extract", inputs.resolve("page.html").toString());
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("== Sudan welcomes Egyptian mediation [page]"), r.out());
        assertTrue(!r.out().contains("Copyright"), r.out());
    }

    @Test
    void benchStagesTimesEachStageAfterAnnotation() throws IOException {
        Path corpus = work.resolve("texts");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("a.txt"), "Chad accused Sudan of arming rebels, the minister said.\n");
        Files.writeString(corpus.resolve("b.txt"), "Egypt and Sudan held talks in Cairo on Monday.\n");
        Run r = run("bench", "--stages", "--rounds", "2", corpus.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> stages = r.out().lines().map(l -> l.split("\\s+")[0]).toList();
        assertEquals(List.of("actors", "actor-dictionary", "quotes", "events", "time", "places", "codes"), stages, r.out());
        assertTrue(r.out().lines().allMatch(l -> l.contains("   2 articles") && l.endsWith("sentences/s")), r.out());
    }

    @Test
    void benchPassesReportEachPassWithTheCpuOutsideTheAnalysingThreads() throws IOException {
        Path corpus = work.resolve("passes");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("a.txt"), "Chad accused Sudan of arming rebels, the minister said.\n");
        Files.writeString(corpus.resolve("b.txt"), "Egypt and Sudan held talks in Cairo on Monday.\n");
        Run r = run("bench", "--no-stock", "--passes", "2", "--threads", "1", corpus.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("argus (whole pipeline), pass 1") && lines.get(1).startsWith("argus (whole pipeline), pass 2"), r.out());
        assertTrue(lines.stream().allMatch(l -> l.contains("   2 articles") && l.contains("CPU s/article") && l.endsWith("JIT, GC)")), r.out());
        Run bad = run("bench", "--no-stock", "--passes", "0", corpus.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--passes must be at least 1"), bad.err());
    }

    @Test
    void alliancesShowWhoBacksWhomAcrossArticlesWithEvidence() throws IOException {
        Path texts = work.resolve("alliance");
        Files.createDirectories(texts);
        Files.writeString(texts.resolve("one.txt"), "Egypt backs Sudan in the dispute over the dam, officials said.\n");
        Files.writeString(texts.resolve("two.txt"), "Egypt supported Sudan again on Monday.\n\nEthiopia accused Egypt of sabotage.\n");
        Files.writeString(texts.resolve("three.txt"), "Kenya did not back Sudan.\n");
        String db = work.resolve("alliance.db").toString();
        assertEquals(0, run("ingest", "-q", "--db", db, "--published", "2021-03-01", texts.toString()).exit());

        Run json = run("alliances", "--db", db, "--format", "json");
        assertEquals(0, json.exit(), json.err());
        JsonNode edges = JSON.readTree(json.out());
        JsonNode support = null;
        for (JsonNode e : edges) {
            assertTrue(!e.get("source").get("name").asText().equals("Kenya"), "a negated event is no support: " + e);
            if (e.get("relation").asText().equals("SUPPORT") && e.get("source").get("country").asText().equals("EGY")) {
                support = e;
            }
        }
        assertTrue(support != null, json.out());
        assertEquals("SDN", support.get("target").get("country").asText());
        assertEquals(2, support.get("weight").asInt(), "two articles");
        assertEquals(2, support.get("evidence").size());
        assertTrue(support.get("evidence").get(0).get("sentence").asText().contains("Egypt backs Sudan"), support.toString());
        JsonNode oppose = edges.get(1);
        assertEquals("OPPOSE", oppose.get("relation").asText());
        assertEquals("ETH", oppose.get("source").get("country").asText());

        Run graphml = run("alliances", "--db", db, "--format", "graphml");
        assertTrue(graphml.out().contains("<edge ") && graphml.out().contains("<data key=\"relation\">SUPPORT</data>"), graphml.out());
        assertEquals(0, run("alliances", "--db", db, "--to", "2020-12-31").out().lines()
                .filter(l -> l.contains("SUPPORTS")).count(), "the date range filters");
        assertEquals("&lt;b&gt;AT&amp;T &quot;x&quot; &apos;y&apos;", AlliancesCommand.xml("<b>AT&T \"x\" 'y'\u0001"));
    }

    @Test
    void claimsSetAnAccusationBesideTheAccusedsDenial() throws IOException {
        Path texts = work.resolve("claims");
        Files.createDirectories(texts);
        Files.writeString(texts.resolve("charge.txt"), "Ethiopia accused Egypt of arming rebels near the border.\n");
        Files.writeString(texts.resolve("denial.txt"), "Egypt denied the allegation on Sunday.\n");
        Files.writeString(texts.resolve("other.txt"), "Sudan accused Chad of harbouring fighters.\n");
        String db = work.resolve("claims.db").toString();
        assertEquals(0, run("ingest", "-q", "--db", db, "--published", "2021-03-01", texts.toString()).exit());
        Run json = run("claims", "--db", db, "--format", "json");
        assertEquals(0, json.exit(), json.err());
        JsonNode disputes = JSON.readTree(json.out());
        assertEquals(1, disputes.size(), "Chad does not deny, so only Egypt's case is disputed: " + json.out());
        JsonNode d = disputes.get(0);
        assertEquals("EGY", d.get("accused").get("country").asText());
        assertEquals("ETH", d.get("assertedBy").get(0).get("party").get("country").asText());
        assertTrue(d.get("denials").get(0).get("sentence").asText().startsWith("Egypt denied"), d.toString());
        assertEquals(2, d.get("articles").size());
    }

    private static JsonNode findEvent(JsonNode doc, String type) {
        for (JsonNode e : doc.get("events")) {
            if (e.get("type").asText().equals(type)) {
                return e;
            }
        }
        throw new AssertionError("no " + type + " in " + doc.get("events").toPrettyString());
    }

    @Test
    void anImportedPetrarchDictionaryRecodesActorsAndABadDictionaryLineIsReported() throws IOException {
        Path petrarch = work.resolve("Test.actors.txt");
        Files.writeString(petrarch, "DAOUD_YAYA_BRAHIM_\n+BRAHIM_\n\t[TCDMIL >20200101]\nBROKEN_ [TCDGOV 2020-x]\n");
        Run imported = run("actors-import", petrarch.toString());
        assertEquals(1, imported.exit(), "the bad code is reported");
        assertTrue(imported.err().contains(petrarch + ":4: "), imported.err());
        Path yaml = work.resolve("actors.yaml");
        Files.writeString(yaml, imported.out() + "  - name: Bad\n    sector: NOPE\n");
        Run refused = run("analyze", "--format", "jsonl", "--quiet", "--published", "2020-03-13", "--actors", yaml.toString(),
                inputs.resolve("brief.txt").toString());
        assertEquals(2, refused.exit(), "a bad dictionary entry is a usage error before anything is analysed (issue 23)");
        assertTrue(refused.err().contains(yaml + ":"), refused.err());
        assertEquals("", refused.out());
        Files.writeString(yaml, imported.out());
        Run r = run("analyze", "--format", "jsonl", "--quiet", "--published", "2020-03-13", "--actors", yaml.toString(),
                inputs.resolve("brief.txt").toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode actors = JSON.readTree(r.out().lines().findFirst().orElseThrow()).get("actors");
        JsonNode brahim = null;
        for (JsonNode a : actors) {
            if (a.get("name").asText().equals("Daoud Yaya Brahim")) {
                brahim = a;
            }
        }
        assertTrue(brahim != null, actors.toString());
        assertEquals("MIL", brahim.get("sector").asText(), "the dictionary's dated coding wins over the text's");
        assertEquals("TCD", brahim.get("country").asText());
    }

    @Test
    void anAnalystsLexiconAddsAndOverridesPredicatesAndABadLineIsReported() throws IOException {
        Path text = work.resolve("airlift.txt");
        Files.writeString(text, "Niger airlifted engineers to Chad on Monday. Chad met the demands of the striking nurses.\n");
        Run plain = run("analyze", "--format", "jsonl", "--quiet", text.toString());
        JsonNode before = JSON.readTree(plain.out().lines().findFirst().orElseThrow()).get("events");
        for (JsonNode e : before) {
            assertTrue(!e.get("trigger").get("text").asText().equals("airlifted"), "not an event without the analyst's line: " + before);
        }
        Path lexicon = work.resolve("mine.tsv");
        Files.writeString(lexicon, "# my additions\nairlift\tverb\tAID\t-\nmeet>demand\tverb\tREJECT\t-\nairdrop\tverb\tDROPPED\t-\n");
        Run refused = run("analyze", "--format", "jsonl", "--quiet", "--lexicon", lexicon.toString(), text.toString());
        assertEquals(2, refused.exit(), "a bad line is a usage error before anything is analysed (issue 23)");
        assertTrue(refused.err().contains(lexicon + ":4: 'DROPPED' is not a PLOVER type"), refused.err());
        Files.writeString(lexicon, "# my additions\nairlift\tverb\tAID\t-\nmeet>demand\tverb\tREJECT\t-\n");
        Run r = run("analyze", "--format", "jsonl", "--quiet", "--lexicon", lexicon.toString(), text.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode doc = JSON.readTree(r.out().lines().findFirst().orElseThrow());
        JsonNode aid = findEvent(doc, "AID");
        assertEquals("airlifted", aid.get("trigger").get("text").asText());
        assertEquals("NER", aid.get("source").get(0).get("code").asText());
        assertEquals("meet>demand/verb", findEvent(doc, "REJECT").get("predicate").get("entry").asText(),
                "the analyst's line replaces the shipped sense of the same predicate");
    }
}
