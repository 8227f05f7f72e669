package org.argus.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argus.app.Models;
import org.argus.app.Pipelines;
import org.argus.ingest.InputReader;
import org.argus.ingest.InputResult;
import org.argus.model.Document;
import org.argus.pipeline.Outcome;
import org.argus.pipeline.Pipeline;
import org.argus.store.CorpusStore;

/**
 * The corpus the web tests serve: articles written for them (a mediation, an accusation and its
 * denial, sanctions two months later, a title holding markup, a link that is no web address), analysed by the real pipeline
 * with the real models and stored in a real SQLite file, once per test run.
 */
final class WebFixture {
    static final String MARKUP_TITLE = "Algeria backs <b>talks</b> <img src=x onerror=alert(1)>";

    /** The articles as JSONL objects. */
    static final List<Map<String, String>> ARTICLES = List.of(
            article("sahel-1", "2021-03-04", "Desert Wire", "https://wire.example/sahel-1", MARKUP_TITLE,
                    "Algeria backed Mali in its talks with the northern rebels on Wednesday, the foreign ministry in Algiers said. "
                            + "\"We will host the next round in our capital,\" Foreign Minister Ahmed Attaf said. "
                            + "Mali accused Niger of sheltering the rebels. Niger denied the accusation on Thursday.\n\n"
                            + "Malian troops attacked rebel positions near Kidal on Monday, killing six fighters, a local official said."),
            article("sahel-2", "2021-03-06", "Coast Daily", "javascript:alert(2)", "Niger rejects claims",
                    "Niger denied accusations by Mali that it shelters rebels, the government in Niamey said on Saturday. "
                            + "\"These claims are false,\" government spokesman Idrissa Garba said. "
                            + "France supported Algeria in its mediation between Mali and the rebels, the French foreign ministry said."),
            article("sahel-3", "2021-05-10", "Desert Wire", "https://wire.example/sahel-3", "France sanctions Mali",
                    "France sanctioned Mali over the delayed elections on Monday, the foreign ministry in Paris said. "
                            + "Mali condemned the sanctions."));

    private static final class Built {
        static final Path DIR;
        static final Path DB;
        static final List<Document> DOCUMENTS;

        static {
            try {
                DIR = Files.createTempDirectory("argus-web-test");
                DB = DIR.resolve("corpus.db");
                List<Document> docs = new ArrayList<>();
                ObjectMapper json = new ObjectMapper();
                try (CorpusStore store = CorpusStore.open(DB)) {
                    for (Map<String, String> a : ARTICLES) {
                        Document doc = analyse(json.writeValueAsString(a));
                        store.upsert(doc);
                        docs.add(doc);
                    }
                }
                DOCUMENTS = List.copyOf(docs);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Analysis {
        static final Pipeline PIPELINE = Pipelines.full(Models.annotator(new PrintWriter(new StringWriter()), true), null);
    }

    private WebFixture() {
    }

    /** The stored corpus (do not write to it: copy it, see {@link #copy}). */
    static Path db() {
        return Built.DB;
    }

    /** The documents as the pipeline made them, in {@link #ARTICLES} order. */
    static List<Document> documents() {
        return Built.DOCUMENTS;
    }

    /** A copy of the corpus that a test may change. */
    static Path copy(String name) throws IOException {
        Path target = Built.DIR.resolve(name + ".db");
        Files.copy(Built.DB, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** The shared pipeline with the real models. */
    static Pipeline pipeline() {
        return Analysis.PIPELINE;
    }

    /** One JSONL object through the pipeline. */
    static Document analyse(String line) {
        InputResult read = InputReader.article(line, org.argus.model.SourceRef.file("test.jsonl"));
        Outcome outcome = pipeline().run(((InputResult.Read) read).document());
        if (outcome instanceof Outcome.Accepted accepted) {
            return accepted.document();
        }
        throw new IllegalStateException("the test article was rejected: " + ((Outcome.Rejected) outcome).message());
    }

    /** A started server over a pool of {@code db}; token null turns ingest off. */
    static Served serve(Path db, String token, int maxBody, StringWriter log) {
        StorePool pool = new StorePool(() -> CorpusStore.open(db), 3);
        WebServer server = new WebServer(new WebConfig("127.0.0.1", 0, token, maxBody), pool, raw -> pipeline().run(raw),
                new PrintWriter(log, true));
        return new Served(server.start(), pool);
    }

    /** A running server and its stores, stopped and closed together. */
    record Served(WebServer server, StorePool pool) implements AutoCloseable {
        String url(String path) {
            return server.url() + path.replaceFirst("^/", "");
        }

        @Override
        public void close() {
            server.close();
            pool.close();
        }
    }

    private static Map<String, String> article(String id, String published, String source, String url, String title, String text) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("published", published);
        m.put("source", source);
        m.put("url", url);
        m.put("title", title);
        m.put("text", text);
        return m;
    }
}
