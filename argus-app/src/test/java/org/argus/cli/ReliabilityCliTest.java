package org.argus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The probes of issue 23 against the command line, with the real models and SQLite: terminal escapes
 * in ids, titles and text; absurd dates; bad dictionary files; wrong option values. Each failed
 * before its fix.
 */
class ReliabilityCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ESC = "\u001b";
    /** A title that would retitle the terminal, and text that would clear it. */
    private static final String HOSTILE_TITLE = ESC + "]0;pwned" + "\u0007Ceasefire talks";
    private static final String HOSTILE_TEXT = "Kenya accused Somalia of shelling a border post on Monday, the army said." + ESC + "[2J"
            + " Somalia denied the charge and said its troops had fired at smugglers, a spokesman said.";

    @TempDir
    static Path work;

    private static String db;

    @BeforeAll
    static void ingestAHostileArticle() throws IOException {
        Path feed = work.resolve("hostile.jsonl");
        Files.writeString(feed, JSON.writeValueAsString(Map.of("id", "evil" + ESC + "[31m", "title", HOSTILE_TITLE, "published", "2021-03-02",
                "source", "Shore" + ESC + "[2J News", "text", HOSTILE_TEXT)) + "\n");
        db = work.resolve("corpus.db").toString();
        CliTest.Run run = CliTest.run("ingest", "-q", "--db", db, feed.toString());
        assertEquals(0, run.exit(), run.err());
    }

    private static void assertNoRawControl(String output) {
        for (char c : output.toCharArray()) {
            assertFalse(c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f,
                    () -> "raw U+" + Integer.toHexString(c) + " in output: " + output.replace(ESC, "<ESC>"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"events", "quotes", "actors", "timeline", "alliances", "claims", "duplicates"})
    void noCorpusViewSendsAnArticlesEscapesToTheTerminal(String view) {
        for (String format : view.equals("alliances") ? new String[] {"text", "graphml"} : view.equals("claims")
                ? new String[] {"text"} : new String[] {"text", "csv"}) {
            CliTest.Run r = CliTest.run(view, "--db", db, "--format", format);
            assertEquals(0, r.exit(), r.err());
            assertNoRawControl(r.out());
            assertNoRawControl(r.err());
        }
    }

    @Test
    void theEventsViewShowsTheEscapeEscapedAndJsonStaysExact() throws IOException {
        CliTest.Run text = CliTest.run("events", "--db", db);
        assertTrue(text.out().contains("evil\\u001b[31m"), text.out());
        CliTest.Run json = CliTest.run("events", "--db", db, "--format", "json");
        JsonNode events = JSON.readTree(json.out());
        assertEquals("evil" + ESC + "[31m", events.get(0).get("article").asText(), "JSON keeps the exact id");
        assertEquals(HOSTILE_TITLE, events.get(0).get("title").asText());
    }

    @Test
    void aBriefShowsEscapesEscaped() {
        CliTest.Run r = CliTest.run("brief", "--db", db, "--actor", "Kenya");
        assertEquals(0, r.exit(), r.err());
        assertNoRawControl(r.out());
        CliTest.Run md = CliTest.run("brief", "--db", db, "--actor", "Kenya", "--format", "markdown");
        assertNoRawControl(md.out());
    }

    @Test
    void analyzeAndExtractShowEscapesEscapedInTextAndExactInJsonl() throws IOException {
        Path feed = work.resolve("hostile.jsonl");
        for (String command : new String[] {"analyze", "extract"}) {
            CliTest.Run text = CliTest.run(command, "-q", feed.toString());
            assertEquals(0, text.exit(), text.err());
            assertNoRawControl(text.out());
            assertTrue(text.out().contains("\\u001b]0;pwned\\u0007Ceasefire talks"), text.out());
            CliTest.Run jsonl = CliTest.run(command, "-q", "--format", "jsonl", feed.toString());
            JsonNode doc = JSON.readTree(jsonl.out().strip());
            assertEquals(HOSTILE_TITLE, doc.get("title").asText());
        }
    }

    @Test
    void aFileNameWithANewlineOrAnEscapeCannotForgeAnErrorLine() throws IOException {
        Path forged = Files.writeString(work.resolve("x\nargus: 0 of 1 inputs failed" + ESC + "[1A.txt"), "   ");
        CliTest.Run r = CliTest.run("extract", "-q", forged.toString());
        assertEquals(1, r.exit());
        assertNoRawControl(r.err().replace("\n", ""));
        assertEquals(2, r.err().strip().split("\n").length, "one line for the failure and one for the count: " + r.err());
        assertTrue(r.err().contains("x\\u000aargus: 0 of 1 inputs failed\\u001b[1A.txt: ingest: empty article"), r.err());
    }

    @Test
    void aUsageErrorThatEchoesWhatWasTypedCannotForgeALine() {
        for (String[] args : new String[][] {{"events", "--db", db, "--type", "X\nargus: forged" + ESC + "[2J"},
            {"extract", "--fo" + ESC + "]0;t\u0007\nargus: forged", work.toString()}, {"extract", "--published", "2020-13-45\nargus: forged", "x"}}) {
            CliTest.Run r = CliTest.run(args);
            assertEquals(2, r.exit(), r.err());
            assertNoRawControl(r.err().replace("\n", ""));
            assertFalse(r.err().lines().anyMatch(l -> l.startsWith("argus: forged")), r.err());
        }
    }

    @Test
    void aMissingOrInvalidDictionaryIsAUsageErrorBeforeAnythingIsStored() throws IOException {
        Path article = Files.writeString(work.resolve("one.txt"), "Chad accused Sudan of arming rebels on Tuesday, officials said.");
        Path newDb = work.resolve("never.db");
        CliTest.Run missing = CliTest.run("ingest", "-q", "--db", newDb.toString(), "--actors", work.resolve("typo.yaml").toString(),
                article.toString());
        assertEquals(2, missing.exit(), missing.err());
        assertTrue(missing.err().contains("--actors " + work.resolve("typo.yaml") + ": no such file"), missing.err());
        assertFalse(Files.exists(newDb), "nothing stored, no database made");

        Path badLexicon = Files.writeString(work.resolve("bad.tsv"), "attack\tASSAULT\tverb\n");
        CliTest.Run lexicon = CliTest.run("ingest", "-q", "--db", newDb.toString(), "--lexicon", badLexicon.toString(), article.toString());
        assertEquals(2, lexicon.exit(), lexicon.err());
        assertTrue(lexicon.err().contains(badLexicon + ":1: expected 4 tab-separated columns"), lexicon.err());
        assertFalse(Files.exists(newDb));

        Path badYaml = Files.writeString(work.resolve("bad.yaml"), "actors:\n  - name: Chad\n    colour: blue\n");
        CliTest.Run yaml = CliTest.run("analyze", "-q", "--actors", badYaml.toString(), article.toString());
        assertEquals(2, yaml.exit(), yaml.err());
        assertEquals("", yaml.out(), "nothing analysed");

        Path badWords = Files.writeString(work.resolve("words.tsv"), "nosuch/list\tword\n");
        CliTest.Run words = CliTest.run("analyze", "-q", "--words", badWords.toString(), article.toString());
        assertEquals(2, words.exit(), words.err());
        assertTrue(words.err().contains("no word list named 'nosuch/list'"), words.err());

        CliTest.Run actorsView = CliTest.run("actors", "--db", db, "--actors", work.resolve("typo.yaml").toString());
        assertEquals(2, actorsView.exit(), actorsView.err());
    }

    @Test
    void wrongOptionValuesAreUsageErrors() {
        CliTest.Run threads = CliTest.run("extract", "--threads", "0", work.toString());
        assertEquals(2, threads.exit(), threads.err());
        assertTrue(threads.err().contains("--threads must be 1 or more, got 0"), threads.err());
        assertEquals(2, CliTest.run("analyze", "--threads", "0", work.toString()).exit());
        assertEquals(2, CliTest.run("bench", "--threads", "0", work.toString()).exit());
        CliTest.Run published = CliTest.run("extract", "--published", "9999-12-31", work.toString());
        assertEquals(2, published.exit(), published.err());
        assertTrue(published.err().contains("--published 9999-12-31 is outside the accepted dates"), published.err());
        CliTest.Run range = CliTest.run("extract", "--date-range", "2000", work.toString());
        assertEquals(2, range.exit(), range.err());
        CliTest.Run type = CliTest.run("events", "--db", db, "--type", "ATTACK");
        assertEquals(2, type.exit(), type.err());
        assertTrue(type.err().contains("unknown --type 'ATTACK': expected one of AGREE, CONSULT, SUPPORT"), type.err());
        assertEquals(2, CliTest.run("timeline", "--db", db, "--type", "war").exit());
        assertEquals(2, CliTest.run("actors", "--db", db, "--type", "ROBOT").exit());
        CliTest.Run kind = CliTest.run("quotes", "--db", db, "--kind", "shouted");
        assertEquals(2, kind.exit(), kind.err());
        assertTrue(kind.err().contains("expected one of direct, indirect, labelled"), kind.err());
        assertEquals(0, CliTest.run("events", "--db", db, "--type", "accuse").exit(), "case is ignored as before");
    }

    @Test
    void anArticleWithAnAbsurdDateIsRefusedAndTheCorpusViewsStillWork() throws IOException {
        Path feed = work.resolve("absurd.jsonl");
        Files.writeString(feed, String.join("\n",
                JSON.writeValueAsString(Map.of("id", "far", "published", "9999-12-31", "text", "The leaders will meet again next year, aides said.")),
                JSON.writeValueAsString(Map.of("id", "early", "published", "0001-06-01", "text", "The leaders met last year, aides said.")),
                JSON.writeValueAsString(Map.of("id", "fine", "published", "2021-04-01", "text", "The leaders met last year in Nairobi, aides said."))));
        String absurdDb = work.resolve("absurd.db").toString();
        CliTest.Run ingest = CliTest.run("ingest", "-q", "--db", absurdDb, feed.toString());
        assertEquals(1, ingest.exit(), ingest.err());
        assertTrue(ingest.err().contains(feed + ":1: ingest: article \"far\": published date 9999-12-31 is outside the accepted dates"),
                ingest.err());
        assertTrue(ingest.err().contains(feed + ":2: ingest: article \"early\": published date 0001-06-01"), ingest.err());
        assertTrue(ingest.out().contains("stored 1 new"), ingest.out());
        assertEquals(0, CliTest.run("timeline", "--db", absurdDb).exit());
        assertEquals(0, CliTest.run("brief", "--db", absurdDb, "--actor", "leaders").exit());
    }
}
