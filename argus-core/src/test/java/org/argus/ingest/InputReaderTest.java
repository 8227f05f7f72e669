package org.argus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.argus.model.InputFormat;
import org.argus.model.PublishedDate;
import org.argus.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {
    @TempDir
    Path dir;

    private List<InputResult> read(Path... paths) {
        List<InputResult> out = new ArrayList<>();
        new InputReader().read(List.of(paths)).forEachRemaining(out::add);
        return out;
    }

    @Test
    void walksFoldersInNameOrderAndSkipsOtherFiles() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/two.html"), "<p>Ministers met in Cairo on Sunday.</p>");
        Files.writeString(dir.resolve("a.txt"), "The envoy arrived in Ankara.");
        Files.writeString(dir.resolve("notes.md"), "not an article");
        Files.writeString(dir.resolve(".hidden.txt"), "hidden");
        List<InputResult> results = read(dir);
        assertEquals(2, results.size());
        RawDocument first = ((InputResult.Read) results.get(0)).document();
        RawDocument second = ((InputResult.Read) results.get(1)).document();
        assertEquals("a", first.id());
        assertEquals(InputFormat.TEXT, first.format());
        assertEquals("two", second.id());
        assertEquals(InputFormat.HTML, second.format());
    }

    @Test
    void readsJsonlFieldsAndReportsBadLinesWithTheirNumber() throws IOException {
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"a1\",\"text\":\"Talks resumed in Geneva.\",\"published\":\"2020-10-23\",\"source\":\"Wire\",\"extra\":1}",
                "",
                "{not json",
                "{\"id\":\"a3\",\"text\":\"x\",\"published\":\"2020-13-45\"}",
                "{\"text\":\"no id here\"}",
                "{\"id\":\"a5\"}",
                "{\"id\":\"a6\",\"html\":\"<p>Hi</p>\",\"published\":\"2020-06-06T10:15:00+02:00\",\"url\":\"https://example.org/x\"}"));
        List<InputResult> results = read(file);
        assertEquals(6, results.size());
        RawDocument a1 = ((InputResult.Read) results.get(0)).document();
        assertEquals("a1", a1.id());
        assertEquals(new PublishedDate(LocalDate.of(2020, 10, 23), PublishedDate.Origin.GIVEN), a1.published());
        assertEquals("Wire", a1.outlet());
        assertEquals(file + ":1", a1.source().toString());
        InputResult.Failed bad = assertInstanceOf(InputResult.Failed.class, results.get(1));
        assertEquals(3, bad.source().line());
        assertTrue(bad.reason().startsWith("invalid JSON"), bad.reason());
        InputResult.Failed date = assertInstanceOf(InputResult.Failed.class, results.get(2));
        assertEquals(4, date.source().line());
        assertTrue(date.reason().contains("invalid published date \"2020-13-45\""), date.reason());
        assertTrue(assertInstanceOf(InputResult.Failed.class, results.get(3)).reason().contains("id"));
        assertTrue(assertInstanceOf(InputResult.Failed.class, results.get(4)).reason().contains("no \"text\" or \"html\""));
        RawDocument a6 = ((InputResult.Read) results.get(5)).document();
        assertEquals(InputFormat.HTML, a6.format());
        assertEquals(LocalDate.of(2020, 6, 6), a6.published().date());
    }

    @Test
    void refusesBinaryEmptyMissingAndUnknownFiles() throws IOException {
        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "  \n\n ");
        Path unknown = dir.resolve("data.csv");
        Files.writeString(unknown, "a,b");
        List<InputResult> results = read(binary, empty, dir.resolve("missing.txt"), unknown);
        assertEquals(List.of("binary data, not text", "empty article", "no such file",
                        "unknown extension (expected .txt, .html, .htm or .jsonl)"),
                results.stream().map(r -> assertInstanceOf(InputResult.Failed.class, r).reason()).toList());
    }

    @Test
    void stripsBomAndHonoursDeclaredCharsetOfNonUtf8Pages() throws IOException {
        Path bom = dir.resolve("bom.txt");
        byte[] text = "Envoys met.".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(bom, withBom);
        Path latin = dir.resolve("latin.html");
        Files.write(latin, "<meta charset=\"iso-8859-1\"><p>Çavuşoğlu is not Latin-1 but Ça va is</p>".replace("ş", "s").replace("ğ", "g")
                .getBytes(Charset.forName("ISO-8859-1")));
        List<InputResult> results = read(bom, latin);
        assertEquals("Envoys met.", ((InputResult.Read) results.get(0)).document().content());
        assertTrue(((InputResult.Read) results.get(1)).document().content().contains("Ça va"));
    }
}
