package org.argus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
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
        return read(new InputReader(), paths);
    }

    private static List<InputResult> read(InputReader reader, Path... paths) {
        List<InputResult> out = new ArrayList<>();
        reader.forEach(List.of(paths), out::add);
        return out;
    }

    private static RawDocument doc(InputResult r) {
        return assertInstanceOf(InputResult.Read.class, r, r.toString()).document();
    }

    private static InputResult.Failed failed(InputResult r) {
        return assertInstanceOf(InputResult.Failed.class, r, r.toString());
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void walksFoldersRecursivelyInNameOrderSkippingHiddenAndUnknownFiles() throws IOException {
        write("b/two.html", "<p>Ministers met in the capital on Sunday.</p>");
        write("b/sub/three.HTM", "<p>The envoy left.</p>"); // "sub" sorts before "two.html"
        write("a.txt", "The envoy arrived in the port city.");
        write("c.jsonl", "{\"id\":\"c1\",\"text\":\"Talks resumed.\"}\n");
        write("notes.md", "not an article");
        write("image.png", "not an article either");
        write(".hidden.txt", "hidden file");
        write(".cache/inside.txt", "inside a hidden folder");
        List<InputResult> results = read(dir);
        assertEquals(List.of("a", "three", "two", "c1"), results.stream().map(r -> doc(r).id()).toList());
        assertEquals(List.of(InputFormat.TEXT, InputFormat.HTML, InputFormat.HTML, InputFormat.TEXT),
                results.stream().map(r -> doc(r).format()).toList());
        assertEquals(dir.resolve("b/two.html").toString(), doc(results.get(2)).source().file());
        assertEquals("The envoy arrived in the port city.", doc(results.get(0)).content());
        assertNull(doc(results.get(0)).published());
    }

    @Test
    void readsEveryJsonlFieldAndIgnoresUnknownOnesAndBlankLines() throws IOException {
        Path file = write("feed.jsonl", String.join("\n",
                "{\"id\":\"a1\",\"text\":\"Talks resumed in Geneva.\",\"title\":\"Talks resume\",\"url\":\"https://example.org/a1\","
                        + "\"published\":\"2020-10-23\",\"source\":\"Example Wire\",\"lang\":\"en\",\"tags\":[1,2]}",
                "",
                "   ",
                "{\"id\":\"a2\",\"html\":\"<p>Hi</p>\",\"published\":\"2020-06-06T23:15:00+02:00\"}",
                "{\"id\":\"a3\",\"text\":\"Text wins.\",\"html\":\"<p>html</p>\",\"published\":\"2020-06-07T10:15:30Z\"}",
                "{\"id\":42,\"text\":\"Numeric id.\",\"published\":\"2020-06-08T10:15\"}") + "\r\n");
        List<InputResult> results = read(file);
        assertEquals(4, results.size());
        RawDocument a1 = doc(results.get(0));
        assertEquals("a1", a1.id());
        assertEquals(InputFormat.TEXT, a1.format());
        assertEquals("Talks resumed in Geneva.", a1.content());
        assertEquals("Talks resume", a1.title());
        assertEquals("https://example.org/a1", a1.url());
        assertEquals(new PublishedDate(LocalDate.of(2020, 10, 23), PublishedDate.Origin.GIVEN), a1.published());
        assertEquals("Example Wire", a1.outlet());
        assertEquals(file + ":1", a1.source().toString());
        RawDocument a2 = doc(results.get(1));
        assertEquals(InputFormat.HTML, a2.format());
        assertEquals("<p>Hi</p>", a2.content());
        assertEquals(LocalDate.of(2020, 6, 6), a2.published().date(), "the date as written, not shifted to UTC");
        assertEquals(4, a2.source().line(), "blank lines still count");
        assertEquals(InputFormat.TEXT, doc(results.get(2)).format());
        assertEquals(LocalDate.of(2020, 6, 7), doc(results.get(2)).published().date());
        assertEquals("42", doc(results.get(3)).id());
        assertEquals(LocalDate.of(2020, 6, 8), doc(results.get(3)).published().date());
    }

    @Test
    void optionalMetadataThatIsNotTextIsIgnoredLikeAnUnknownField() throws IOException {
        Path file = write("gold.jsonl", "{\"id\":\"g1\",\"text\":\"Envoys met.\",\"source\":[{\"code\":\"NOR\"}],\"title\":{\"x\":1}}");
        RawDocument g1 = doc(read(file).get(0));
        assertEquals("Envoys met.", g1.content());
        assertEquals(null, g1.outlet());
        assertEquals(null, g1.title());
    }

    @Test
    void eachBadJsonlLineIsOneFailureNamingFileAndLineAndReadingGoesOn() throws IOException {
        Path file = write("bad.jsonl", String.join("\n",
                "{not json",
                "{\"text\":\"no id here\"}",
                "{\"id\":\"n3\",\"title\":\"no body\"}",
                "{\"id\":\"n4\",\"text\":\"   \"}",
                "{\"id\":\"n5\",\"text\":\"Fine text.\",\"published\":\"2020-13-45\"}",
                "[1,2,3]",
                "{\"id\":\"n7\",\"text\":{\"nested\":true}}",
                "{\"id\":\"ok\",\"text\":\"The last line is fine.\"}"));
        List<InputResult> results = read(file);
        assertEquals(8, results.size());
        List<String> messages = results.subList(0, 7).stream().map(r -> failed(r).message()).toList();
        assertTrue(messages.get(0).startsWith(file + ":1: invalid JSON: "), messages.get(0));
        assertEquals(file + ":2: missing \"id\"", messages.get(1));
        assertEquals(file + ":3: article \"n3\": missing \"text\" or \"html\"", messages.get(2));
        assertEquals(file + ":4: article \"n4\": empty article (blank \"text\")", messages.get(3));
        assertTrue(messages.get(4).startsWith(file + ":5: article \"n5\": invalid published date \"2020-13-45\""), messages.get(4));
        assertEquals(file + ":6: invalid JSON: expected one object per line", messages.get(5));
        assertEquals(file + ":7: article \"n7\": field \"text\" must be a string, not object", messages.get(6));
        assertEquals("ok", doc(results.get(7)).id());
        assertEquals(8, doc(results.get(7)).source().line());
        for (String m : messages) {
            assertFalse(m.contains("\n"), "one line: " + m);
        }
    }

    @Test
    void jsonlLinesWithBinaryDataOrOverTheLimitFailAloneAndInvalidUtf8IsReplaced() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // BOM before the first line
        bytes.write("{\"id\":\"bom\",\"text\":\"After a BOM.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {'{', 0, 0, 1, '}', '\n'});
        bytes.write("{\"id\":\"bad\",\"text\":\"Caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28, ' ', 't', 'a', 'l', 'k', 's', '.', '"', '}', '\n'});
        bytes.write(("{\"id\":\"long\",\"text\":\"" + "x".repeat(500) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        bytes.write("{\"id\":\"after\",\"text\":\"Still read.\"}".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("mixed.jsonl");
        Files.write(file, bytes.toByteArray());
        List<InputResult> results = read(new InputReader(InputReader.MAX_FILE_BYTES, 200), file);
        assertEquals(5, results.size());
        assertEquals("bom", doc(results.get(0)).id());
        assertEquals(file + ":2: binary data, not text", failed(results.get(1)).message());
        // issue 23: an invalid byte in a line is replaced, with a warning naming the line, not the line lost
        assertEquals("Caf\uFFFD( talks.", doc(results.get(2)).content());
        assertEquals(List.of(file + ":3: 1 invalid UTF-8 byte sequence replaced by U+FFFD (first at byte 23)"),
                ((InputResult.Read) results.get(2)).warnings());
        assertEquals(file + ":4: line longer than the limit of 200 bytes", failed(results.get(3)).message());
        assertEquals("after", doc(results.get(4)).id());
    }

    @Test
    void aLargeJsonlFileIsStreamedOneArticleAtATime() throws IOException {
        Path file = dir.resolve("big.jsonl");
        try (Writer w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < 20_000; i++) {
                w.write("{\"id\":\"n" + i + "\",\"text\":\"Article number " + i + " says the talks went on.\"}\n");
            }
        }
        try (InputReader.Inputs inputs = new InputReader().read(List.of(file))) {
            assertEquals("n0", doc(inputs.next()).id());
            assertEquals("n1", doc(inputs.next()).id());
            int rest = 0;
            while (inputs.hasNext()) {
                inputs.next();
                rest++;
            }
            assertEquals(19_998, rest);
        }
    }

    @Test
    void refusesMissingUnknownBinaryEmptyAndOversizedFilesByName() throws IOException {
        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        Path control = dir.resolve("control.html");
        byte[] noisy = new byte[200];
        for (int i = 0; i < noisy.length; i++) {
            noisy[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        Files.write(control, noisy);
        Path empty = write("empty.txt", "  \n\n ");
        Path unknown = write("data.csv", "a,b");
        Path big = write("big.html", "<p>" + "word ".repeat(100) + "</p>");
        Path missing = dir.resolve("missing.txt");
        List<InputResult> results = read(new InputReader(300, InputReader.MAX_LINE_BYTES), binary, control, empty, missing, unknown, big);
        assertEquals(List.of(
                        binary + ": binary data, not text",
                        control + ": binary data, not text",
                        empty + ": empty article (the file holds no text)",
                        missing + ": no such file",
                        unknown + ": unknown extension (expected .txt, .html, .htm or .jsonl)",
                        big + ": file of " + Files.size(big) + " bytes is over the limit of 300 bytes"),
                results.stream().map(r -> failed(r).message()).toList());
    }

    @Test
    void stripsAUtf8Bom() throws IOException {
        Path bom = dir.resolve("bom.txt");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.write("Envoys met in Doha. “Progress,” one said.".getBytes(StandardCharsets.UTF_8));
        Files.write(bom, b.toByteArray());
        assertEquals("Envoys met in Doha. “Progress,” one said.", doc(read(bom).get(0)).content());
    }

    @Test
    void nonUtf8HtmlIsDecodedByItsDeclaredCharsetElseAsWindows1252() throws IOException {
        Path cyrillic = dir.resolve("cyrillic.html");
        Files.write(cyrillic, "<html><head><meta charset=\"windows-1251\"></head><body><p>Переговоры в Москве</p></body></html>"
                .getBytes(Charset.forName("windows-1251")));
        Path httpEquiv = dir.resolve("equiv.htm");
        Files.write(httpEquiv, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-7\"><p>Αθήνα</p>"
                .getBytes(Charset.forName("ISO-8859-7")));
        Path undeclared = dir.resolve("plain.txt");
        Files.write(undeclared, new byte[] {(byte) 0x93, 'P', 'e', 'a', 'c', 'e', (byte) 0x94, ' ', 'c', 'a', 'f', (byte) 0xE9});
        Path wrongUtf8 = dir.resolve("liar.html");
        Files.write(wrongUtf8, "<meta charset=utf-8><p>Caf\u00e9 talks</p>".getBytes(StandardCharsets.ISO_8859_1));
        List<InputResult> results = read(cyrillic, httpEquiv, undeclared, wrongUtf8);
        assertTrue(doc(results.get(0)).content().contains("<p>Переговоры в Москве</p>"), doc(results.get(0)).content());
        assertTrue(doc(results.get(1)).content().contains("Αθήνα"));
        assertEquals("“Peace” café", doc(results.get(2)).content());
        assertTrue(doc(results.get(3)).content().contains("Café talks"), "a false utf-8 declaration falls back to windows-1252");
    }

    @Test
    void aSymbolicLinkLoopIsWalkedOnce() throws IOException {
        write("loop/a.txt", "The envoy arrived in the port city.");
        try {
            Files.createSymbolicLink(dir.resolve("loop/back"), dir.resolve("loop"));
        } catch (UnsupportedOperationException | IOException noLinks) {
            return; // the file system has no symbolic links: nothing to test
        }
        assertEquals(List.of("a"), read(dir.resolve("loop")).stream().map(r -> doc(r).id()).toList());
    }
}
