package org.argus.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.argus.model.Annotation;
import org.argus.model.Article;
import org.argus.model.Document;
import org.argus.model.InputFormat;
import org.argus.model.Quote;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.model.Span;
import org.argus.nlp.corenlp.SharedAnnotator;
import org.argus.words.Words;

/**
 * Runs annotate + {@link QuoteStage} (no actors) over a PolNeAR input file written by
 * {@code shared/bench/polnear/make_inputs.py} and writes the scorer's SYSTEM format.
 * Usage: {@code PolnearEval INPUT.jsonl OUT.jsonl [threads]}. With the system property
 * {@code polnear.cache} set to a folder, annotations are stored there as JSON and reused, so the
 * quote rules can be re-measured without re-running CoreNLP.
 */
public final class PolnearEval {
    private PolnearEval() {
    }

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        ObjectMapper json = new ObjectMapper()
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<JsonNode> inputs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    inputs.add(json.readTree(line));
                }
            }
        }
        QuoteStage stage = new QuoteStage(Words.shipped());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> results = new ArrayList<>();
        for (JsonNode rec : inputs) {
            results.add(pool.submit(() -> run(json, stage, rec.get("id").asText(), rec.get("text").asText())));
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Future<String> f : results) {
                w.write(f.get());
                w.write('\n');
            }
        }
        pool.shutdown();
        System.out.println("wrote " + results.size() + " records to " + out);
        System.exit(0); // CoreNLP leaves non-daemon threads behind
    }

    static Annotation annotation(ObjectMapper json, String id, String text) throws IOException {
        String cache = System.getProperty("polnear.cache");
        if (cache == null) {
            return SharedAnnotator.get().annotate(text);
        }
        Path file = Path.of(cache, id.replaceAll("[^A-Za-z0-9_.-]", "_") + ".json");
        if (Files.exists(file)) {
            return json.readValue(file.toFile(), Annotation.class);
        }
        Annotation a = SharedAnnotator.get().annotate(text);
        Files.createDirectories(file.getParent());
        json.writeValue(file.toFile(), a);
        return a;
    }

    static String run(ObjectMapper json, QuoteStage stage, String id, String text) throws IOException {
        RawDocument raw = new RawDocument(id, SourceRef.file(id), InputFormat.TEXT, text, null, null, null, null);
        Document doc = Document.of(raw).withArticle(new Article(null, text, null, null, null, List.of()));
        doc = doc.withAnnotation(annotation(json, id, text));
        doc = stage.apply(doc);
        ObjectNode o = json.createObjectNode();
        o.put("id", id);
        o.put("text", text);
        ArrayNode qs = o.putArray("quotes");
        for (Quote q : doc.quotes()) {
            ObjectNode qo = qs.addObject();
            qo.put("text", q.text());
            qo.put("start", q.span().start());
            qo.put("end", q.span().end());
            qo.put("kind", q.kind() == Quote.Kind.DIRECT ? "direct" : "indirect");
            if (q.speaker() == null) {
                qo.putNull("speaker");
            } else {
                ObjectNode so = qo.putObject("speaker");
                so.put("name", q.speaker().name());
                Span s = q.speaker().span();
                if (s != null) {
                    so.put("start", s.start());
                    so.put("end", s.end());
                }
            }
            if (q.cue() == null) {
                qo.putNull("cue");
            } else {
                ObjectNode co = qo.putObject("cue");
                co.put("text", q.cue().text());
                co.put("start", q.cue().span().start());
                co.put("end", q.cue().span().end());
            }
        }
        return json.writeValueAsString(o);
    }
}
