package org.argus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.argus.model.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The input probes of issue 23, each as it was reported: every one failed before its fix. */
class InputProbesTest {
    private static final DateRange RANGE = new DateRange(LocalDate.of(1900, 1, 1), LocalDate.of(2035, 12, 31));

    @TempDir
    Path dir;

    private List<InputResult> read(Path file) {
        List<InputResult> out = new ArrayList<>();
        new InputReader(RANGE).forEach(List.of(file), out::add);
        return out;
    }

    private Path jsonl(String... lines) throws IOException {
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999-12-31", "0001-06-01", "-0001-06-01", "+10000-01-01", "1899-12-31", "2036-01-01T10:00:00Z"})
    void anAbsurdPublishedDateIsRefusedNamingFileAndLine(String date) throws IOException {
        Path file = jsonl("{\"id\":\"ok\",\"text\":\"Talks went on.\",\"published\":\"2020-01-02\"}",
                "{\"id\":\"absurd\",\"text\":\"The talks will resume next year.\",\"published\":\"" + date + "\"}");
        List<InputResult> r = read(file);
        assertInstanceOf(InputResult.Read.class, r.get(0));
        InputResult.Failed f = assertInstanceOf(InputResult.Failed.class, r.get(1));
        assertTrue(f.message().startsWith(file + ":2: article \"absurd\": published date "), f.message());
        assertTrue(f.message().contains("outside the accepted dates 1900-01-01..2035-12-31"), f.message());
    }

    @Test
    void aNulAndALoneSurrogateAreReplacedOneForOneWithAWarning() throws IOException {
        Path file = jsonl("{\"id\":\"n\",\"text\":\"Before\\u0000after. A \\ud800 lone one and a pair \\ud83d\\ude00 stay.\"}");
        InputResult.Read r = assertInstanceOf(InputResult.Read.class, read(file).get(0));
        assertEquals("Before\uFFFDafter. A \uFFFD lone one and a pair \uD83D\uDE00 stay.", r.document().content());
        assertEquals(List.of(file + ":1: article \"n\": \"text\": 1 NUL character and 1 unpaired surrogate replaced by U+FFFD"
                + " (first at character 6)"), r.warnings());
    }

    @Test
    void aStrayNulInATextFileIsReplacedWithAWarningNamingItsLine() throws IOException {
        Path txt = dir.resolve("stray.txt");
        Files.writeString(txt, "The envoy arrived on Monday.\nTalks began at\u0000 noon and went on late into the night.\n");
        InputResult.Read r = assertInstanceOf(InputResult.Read.class, read(txt).get(0));
        assertEquals("The envoy arrived on Monday.\nTalks began at\uFFFD noon and went on late into the night.\n", r.document().content());
        assertEquals(List.of(txt + ":2: 1 NUL character replaced by U+FFFD (first at character 43)"), r.warnings());
    }

    @Test
    void aFewInvalidBytesDoNotTurnAUtf8FileIntoWindows1252() throws IOException {
        Path txt = dir.resolve("mostly.txt");
        byte[] good = "\u201CWe will not retreat,\u201D the commander said on \u00abTuesday\u00bb.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xFF;
        Files.write(txt, bytes);
        InputResult.Read r = assertInstanceOf(InputResult.Read.class, read(txt).get(0));
        assertTrue(r.document().content().startsWith("\u201CWe will not retreat,\u201D"), r.document().content());
        assertEquals(List.of(txt + ": 1 invalid UTF-8 byte sequence replaced by U+FFFD (first at byte " + good.length + ")"), r.warnings());
    }

    @Test
    void aLegacyFileWithoutAnyUtf8SequenceIsStillWindows1252() throws IOException {
        Path txt = dir.resolve("legacy.txt");
        Files.write(txt, new byte[] {(byte) 0x93, 'N', 'o', (byte) 0x94, ' ', 'h', 'e', ' ', 's', 'a', 'i', 'd', '.'});
        InputResult.Read r = assertInstanceOf(InputResult.Read.class, read(txt).get(0));
        assertEquals("\u201CNo\u201D he said.", r.document().content());
        assertTrue(r.warnings().isEmpty());
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() throws IOException {
        for (String charset : new String[] {"UTF-16BE", "UTF-16LE"}) {
            Path txt = dir.resolve("utf16-" + charset + ".txt");
            byte[] bom = charset.endsWith("BE") ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[] {(byte) 0xFF, (byte) 0xFE};
            byte[] body = "Die Gespr\u00e4che in Genf gingen weiter.".getBytes(java.nio.charset.Charset.forName(charset));
            byte[] bytes = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, bytes, 0, 2);
            System.arraycopy(body, 0, bytes, 2, body.length);
            Files.write(txt, bytes);
            assertEquals("Die Gespr\u00e4che in Genf gingen weiter.", assertInstanceOf(InputResult.Read.class, read(txt).get(0)).document().content());
        }
    }

    @Test
    void aUtf16JsonlFileIsRefusedWithAReason() throws IOException {
        Path file = dir.resolve("wide.jsonl");
        byte[] body = "{\"id\":\"a\",\"text\":\"x\"}\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(file, bytes);
        List<InputResult> r = read(file);
        assertEquals(1, r.size());
        assertTrue(assertInstanceOf(InputResult.Failed.class, r.get(0)).message().contains("must be UTF-8, and this one is UTF-16"));
    }

    @Test
    void aDuplicateIdInOneFileIsAnErrorNamingBothLinesAndTheFirstIsKept() throws IOException {
        Path file = jsonl("{\"id\":\"a1\",\"text\":\"First version.\"}", "{\"id\":\"b\",\"text\":\"Other.\"}",
                "{\"id\":\"a1\",\"text\":\"Second version.\"}");
        List<InputResult> r = read(file);
        assertEquals("First version.", assertInstanceOf(InputResult.Read.class, r.get(0)).document().content());
        assertEquals(file + ":3: duplicate id \"a1\": line 1 has it too (the first is kept, this line is not read)",
                assertInstanceOf(InputResult.Failed.class, r.get(2)).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "3.5", "true", "false", "[\"a\"]", "{\"a\":1}"})
    void aTextThatIsNotAStringIsRefusedLikeAnyWrongType(String value) throws IOException {
        Path file = jsonl("{\"id\":\"n\",\"text\":" + value + "}");
        InputResult.Failed f = assertInstanceOf(InputResult.Failed.class, read(file).get(0));
        assertTrue(f.message().startsWith(file + ":1: article \"n\": field \"text\" must be a string, not "), f.message());
    }
}
