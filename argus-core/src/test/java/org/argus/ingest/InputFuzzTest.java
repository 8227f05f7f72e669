package org.argus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * Random bytes, broken encodings and mutated JSONL through the reader (issue 23): it never throws,
 * each JSONL line gives at most one result naming its line, and every text it gives holds neither a
 * NUL nor an unpaired surrogate, so offsets into it are offsets into what is stored.
 */
class InputFuzzTest {
    private final Path dir;

    InputFuzzTest() throws IOException {
        dir = Files.createTempDirectory("argus-fuzz");
    }

    @AfterProperty
    void clean() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static final List<String> FIELDS = List.of("\"id\":\"a\"", "\"id\":\"b\"", "\"id\":7", "\"text\":\"Talks resumed.\"",
            "\"text\":\"x\\u0000y\"", "\"text\":\"\\ud800 lone\"", "\"text\":\"\\udc00\\ud800\"", "\"text\":true", "\"html\":\"<p>Hi there.</p>\"",
            "\"published\":\"2020-02-30\"", "\"published\":\"9999-12-31\"", "\"published\":\"-0001-01-01\"", "\"published\":\"2021-05-05\"",
            "\"title\":\"\\u001b]0;x\\u0007\"", "\"source\":[1]");

    @Provide
    Arbitrary<List<String>> jsonlLines() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of(FIELDS).list().ofMaxSize(5).map(f -> "{" + String.join(",", f) + "}"),
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.of("", "   ", "{", "}", "[]", "null", "{\"id\":\"c\",\"text\":\"\\u"));
        return line.list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }

    private static void assertClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            assertFalse(c == 0, "a NUL is left");
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)), "an unpaired surrogate is left");
                i++;
            } else {
                assertFalse(Character.isLowSurrogate(c), "an unpaired surrogate is left");
            }
        }
    }

    @Property(tries = 200)
    void mutatedJsonlGivesOneResultPerLineAndCleanText(@ForAll("jsonlLines") List<String> lines) throws IOException {
        Path file = dir.resolve("f.jsonl");
        Files.writeString(file, String.join("\n", lines));
        List<InputResult> results = new ArrayList<>();
        new InputReader().forEach(List.of(file), results::add);
        int lastLine = 0;
        for (InputResult r : results) {
            assertTrue(r.source().line() > lastLine, "one result per line, in order");
            lastLine = r.source().line();
            if (r instanceof InputResult.Read read) {
                assertClean(read.document().content());
                assertClean(read.document().id());
            } else {
                assertTrue(((InputResult.Failed) r).message().startsWith(file + ":" + lastLine + ": "));
            }
        }
        assertTrue(results.size() <= lines.size());
    }

    @Property(tries = 200)
    void randomBytesAsAnyKindOfFileNeverThrow(@ForAll("bytes") byte[] content) throws IOException {
        for (String name : new String[] {"f.txt", "f.html", "g.jsonl"}) {
            Path file = dir.resolve(name);
            Files.write(file, content);
            List<InputResult> results = new ArrayList<>();
            new InputReader().forEach(List.of(file), results::add);
            for (InputResult r : results) {
                if (r instanceof InputResult.Read read) {
                    assertClean(read.document().content());
                }
            }
            if (!name.endsWith(".jsonl")) {
                assertEquals(1, results.size());
            }
        }
    }
}
