package org.argus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void aLogGetsPlainLinesWithoutControlCharacters() {
        StringWriter out = new StringWriter();
        Progress progress = new Progress(new PrintWriter(out), true, false);
        progress.advance(true);
        progress.advance(false);
        progress.message("input.jsonl:3: ingest: invalid JSON");
        progress.finish();
        String log = out.toString();
        assertFalse(log.contains("\r") || log.contains("\033"), log);
        assertTrue(log.contains("input.jsonl:3: ingest: invalid JSON"));
        assertTrue(log.contains("2 articles, 1 failed, "), log);
        log.lines().forEach(line -> assertFalse(line.isBlank(), "no empty lines in a log: " + log));
    }

    @Test
    void aLogEndsWithTheFinalCountOnce() {
        StringWriter out = new StringWriter();
        Progress progress = new Progress(new PrintWriter(out), true, false);
        progress.advance(true);
        progress.finish();
        assertEquals(1, out.toString().lines().filter(line -> line.contains("1 articles, 0 failed")).count(), out.toString());

        StringWriter later = new StringWriter();
        Progress two = new Progress(new PrintWriter(later), true, false);
        two.advance(true);
        two.advance(true);
        two.finish();
        assertTrue(later.toString().strip().lines().reduce((a, b) -> b).orElseThrow().startsWith("  2 articles, 0 failed"),
                later.toString());
    }

    @Test
    void aTerminalGetsOneRedrawnLineAndMessagesAboveIt() {
        StringWriter out = new StringWriter();
        Progress progress = new Progress(new PrintWriter(out), true, true);
        progress.advance(true);
        progress.message("a.txt: extract: no article text found");
        progress.finish();
        String screen = out.toString();
        assertTrue(screen.startsWith("\r\033[K  1 articles, 0 failed"), screen);
        assertTrue(screen.contains("\r\033[Ka.txt: extract: no article text found\n"), screen);
        assertTrue(screen.endsWith("articles/s\n"), screen);
    }

    @Test
    void quietPrintsOnlyMessages() {
        StringWriter out = new StringWriter();
        Progress progress = new Progress(new PrintWriter(out), false, true);
        progress.advance(true);
        progress.message("b.html: extract: empty page");
        progress.finish();
        assertEquals("b.html: extract: empty page" + System.lineSeparator(), out.toString());
    }
}
