package org.argus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.argus.model.InputFormat;
import org.argus.model.PublishedDate;
import org.argus.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Web archives the test writes, read as articles. */
class WarcInputsTest {
    @TempDir
    Path dir;

    /** Writes one HTTP response record. */
    static void response(WarcWriter writer, String url, Instant date, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").addHeader("Content-Type", type)
                .body(MediaType.parse(type), body).build();
        writer.write(new WarcResponse.Builder(url).date(date).body(http).build());
    }

    static Path archive(Path file, WarcCompression compression, Writes writes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, compression)) {
            writes.write(writer);
        }
        return file;
    }

    interface Writes {
        void write(WarcWriter writer) throws IOException;
    }

    private static List<InputResult> readAll(Path file) {
        List<InputResult> out = new ArrayList<>();
        try (WarcInputs inputs = new WarcInputs(file, 1_000_000)) {
            inputs.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void eachHtmlOrTextResponseIsAnArticleWithTheRecordsUrlAndDate() throws IOException {
        Path file = archive(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP, w -> {
            w.write(new WarcRequest.Builder("https://harbour.example/talks").date(Instant.parse("2022-04-01T09:00:00Z")).build());
            response(w, "https://harbour.example/talks", Instant.parse("2022-04-01T23:30:00Z"), 200, "text/html; charset=utf-8",
                    "<html><body><p>The port authority met the unions on Friday.</p></body></html>".getBytes(StandardCharsets.UTF_8));
            response(w, "https://harbour.example/logo.png", Instant.parse("2022-04-01T09:00:01Z"), 200, "image/png", new byte[] {1, 2});
            response(w, "https://harbour.example/note.txt", Instant.parse("2022-04-02T10:00:00Z"), 200, "text/plain; charset=windows-1252",
                    "Caf\u00e9 owners protested.".getBytes(java.nio.charset.Charset.forName("windows-1252")));
            response(w, "https://harbour.example/missing", Instant.parse("2022-04-02T10:00:00Z"), 404, "text/html", "<p>no</p>".getBytes(StandardCharsets.UTF_8));
        });
        List<InputResult> results = readAll(file);
        assertEquals(3, results.size(), results.toString());
        RawDocument page = ((InputResult.Read) results.get(0)).document();
        assertEquals("https://harbour.example/talks", page.id());
        assertEquals("https://harbour.example/talks", page.url());
        assertEquals(InputFormat.HTML, page.format());
        assertEquals(new PublishedDate(LocalDate.of(2022, 4, 1), PublishedDate.Origin.GIVEN), page.published());
        assertTrue(page.content().contains("The port authority met the unions"), page.content());
        RawDocument text = ((InputResult.Read) results.get(1)).document();
        assertEquals(InputFormat.TEXT, text.format());
        assertEquals("Caf\u00e9 owners protested.", text.content(), "decoded by the charset the response declared");
        InputResult.Failed missing = (InputResult.Failed) results.get(2);
        assertTrue(missing.message().contains("crawl.warc.gz@") && missing.message().contains("https://harbour.example/missing")
                && missing.message().contains("HTTP 404"), missing.message());
    }

    @Test
    void aDamagedArchiveGivesItsGoodRecordsThenOneFailure() throws IOException {
        Path file = archive(dir.resolve("cut.warc"), WarcCompression.NONE, w -> {
            response(w, "https://a.example/1", Instant.parse("2022-01-01T00:00:00Z"), 200, "text/html",
                    "<p>First story text here.</p>".getBytes(StandardCharsets.UTF_8));
            response(w, "https://a.example/2", Instant.parse("2022-01-02T00:00:00Z"), 200, "text/html",
                    ("<p>" + "Second story. ".repeat(200) + "</p>").getBytes(StandardCharsets.UTF_8));
        });
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 900));
        List<InputResult> results = readAll(file);
        assertTrue(results.get(0) instanceof InputResult.Read, results.toString());
        assertEquals(2, results.size(), results.toString());
        assertTrue(results.get(1) instanceof InputResult.Failed f && f.message().contains("cut.warc"), results.toString());
    }
}
