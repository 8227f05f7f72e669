package org.argus.app;

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
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argus.ingest.InputReader;
import org.argus.ingest.InputResult;
import org.argus.model.Actor;
import org.argus.model.Document;
import org.argus.model.Event;
import org.argus.model.Mention;
import org.argus.model.Quote;
import org.argus.model.Span;
import org.argus.output.DocumentJson;
import org.argus.pipeline.Outcome;
import org.argus.pipeline.Pipeline;

/**
 * Issue 23: over a fuzzed corpus (news sentences the team wrote, with NULs, unpaired surrogates,
 * control characters, characters outside the BMP and quotation marks thrown in), read as JSONL and
 * analysed by the whole pipeline with the real models, every offset of every actor mention, quote,
 * event sentence and trigger slices the analysed text to what the output says it holds (a quote
 * interrupted by its attribution, whose text joins its parts, holds their words in order).
 */
class OffsetsPropertyTest {
    /** Non-ASCII written as escapes, so an unpaired surrogate reaches the file as JSON writes it ({@code \\ud800}). */
    private static final ObjectMapper JSON = new ObjectMapper().enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
    private static final Pipeline PIPELINE = Pipelines.full(Models.annotator(new PrintWriter(new StringWriter()), true), null);

    private static final List<String> SENTENCES = List.of(
            "Kenya accused Somalia of shelling a border post on Monday, the army said.",
            "\u201CWe will not withdraw our troops,\u201D said the Kenyan defence minister.",
            "Somalia denied the charge and said its soldiers had fired at smugglers.",
            "The United Nations called on both sides to hold talks in Nairobi next week.",
            "Ethiopia offered to mediate between the two governments, a spokesman said.",
            "Protesters in Mogadishu demanded the release of prisoners.",
            "He said the two presidents would meet in Addis Ababa on 12 March 2021.",
            "\"The talks failed,\" the envoy told reporters.");
    private static final List<String> NOISE = List.of("\u0000", "\uD800", "\uDC00", "\u001b[2J", "\u0007", "\uD83D\uDE00", "\uD834\uDD1E",
            "\u202E", "\u00A0", "\u200B", "\r", "\t", "\u201C", "\"", "\u2019", "\n\n", " ");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of(SENTENCES)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(NOISE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(6)));
        return piece.list().ofMinSize(2).ofMaxSize(14).map(l -> String.join(" ", l));
    }

    /** A fixed seed: the texts go through every stage, most of them other work's, so a run must not depend on chance. */
    @Property(tries = 40, seed = "23")
    void everyOffsetSlicesTheAnalysedText(@ForAll("texts") String text) throws IOException {
        Path dir = Files.createTempDirectory("argus-offsets");
        Path feed = dir.resolve("f.jsonl");
        Files.writeString(feed, JSON.writeValueAsString(Map.of("id", "a", "published", "2021-03-10", "text", text)) + "\n");
        List<InputResult> read = new ArrayList<>();
        new InputReader().forEach(List.of(feed), read::add);
        Files.delete(feed);
        Files.delete(dir);
        if (!(read.get(0) instanceof InputResult.Read r)) {
            return; // a line the reader refuses (none of these should be) is reported elsewhere
        }
        Outcome outcome = PIPELINE.run(r.document());
        if (!(outcome instanceof Outcome.Accepted accepted)) {
            return; // no text at all
        }
        Document doc = accepted.document();
        String analysed = doc.text();
        for (Actor a : doc.actors()) {
            for (Mention m : a.mentions()) {
                assertSlice(analysed, m.span(), m.text(), "mention of " + a.name());
            }
        }
        for (Quote q : doc.quotes()) {
            // a quote interrupted by its attribution keeps the words of its parts: they stand, in order, at its offsets
            assertTrue(q.span().end() <= analysed.length(), "quote within the text");
            String at = q.span().of(analysed);
            assertTrue(at.equals(q.text()) || inOrder(letters(q.text()), letters(at)),
                    () -> "quote " + q.span() + " \"" + q.text() + "\" is not at its offsets: \"" + at + "\"");
            if (q.cue() != null) {
                assertSlice(analysed, q.cue().span(), q.cue().text(), "cue");
            }
        }
        for (Event e : doc.events()) {
            assertTrue(e.sentence().end() <= analysed.length(), "sentence within the text");
            assertTrue(e.sentence().contains(e.trigger().span()), "trigger within its sentence");
            assertSlice(analysed, e.trigger().span(), e.trigger().text(), "trigger");
        }
        // the JSONL output carries the same slices
        JsonNode json = JSON.readTree(new DocumentJson().toLine(doc));
        String outText = json.get("text").asText();
        assertEquals(analysed, outText);
        for (JsonNode e : json.get("events")) {
            JsonNode s = e.get("sentence");
            assertEquals(outText.substring(s.get("start").asInt(), s.get("end").asInt()), s.get("text").asText());
        }
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Whether {@code part}'s characters appear in {@code whole} in order. */
    private static boolean inOrder(String part, String whole) {
        int j = 0;
        for (int i = 0; i < whole.length() && j < part.length(); i++) {
            if (whole.charAt(i) == part.charAt(j)) {
                j++;
            }
        }
        return j == part.length();
    }

    private static void assertSlice(String text, Span span, String expected, String what) {
        assertTrue(span.end() <= text.length(), () -> what + " " + span + " past the end of the text");
        assertEquals(expected, span.of(text), what + " at " + span);
    }
}
