package org.argus.app;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argus.model.Document;
import org.argus.model.RawDocument;
import org.argus.nlp.TextAnnotator;
import org.argus.pipeline.Pipeline;
import org.argus.pipeline.Stage;

/**
 * The speed of each stage after annotation, alone, on one core: the texts are extracted and
 * annotated once, then each later stage of the full pipeline (actors, quotes, events, time,
 * places) is timed over all of them, in pipeline order, for several rounds; the best round counts
 * (the first ones warm the JIT). Times are the measuring thread's CPU time, so other programs on
 * the machine barely move them.
 */
public final class StageSpeed {
    /** One stage's figures. */
    public record Figures(String stage, int articles, int sentences, double cpuSeconds) {
        public double articlesPerSecond() {
            return articles / cpuSeconds;
        }

        public double sentencesPerSecond() {
            return sentences / cpuSeconds;
        }
    }

    private final PrintWriter err;

    public StageSpeed(PrintWriter err) {
        this.err = err;
    }

    public List<Figures> measure(List<RawDocument> raws, int rounds) {
        TextAnnotator annotator = Models.annotator(err, false);
        Pipeline full = Pipelines.full(annotator, null);
        List<Stage> stages = full.stages();
        int annotated = 2; // extract, annotate
        err.printf("argus: annotating %d articles once...%n", raws.size());
        List<Document> docs = new ArrayList<>();
        for (RawDocument raw : raws) {
            Document d = Document.of(raw);
            try {
                for (Stage s : stages.subList(0, annotated)) {
                    d = s.apply(d);
                }
                docs.add(d);
            } catch (RuntimeException e) {
                err.println(raw.source() + ": skipped: " + e.getMessage());
            }
        }
        int sentences = docs.stream().mapToInt(d -> d.annotation().sentences().size()).sum();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Map<String, Double> best = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            List<Document> current = docs;
            for (Stage s : stages.subList(annotated, stages.size())) {
                List<Document> next = new ArrayList<>(current.size());
                long start = cpu.getCurrentThreadCpuTime();
                for (Document d : current) {
                    next.add(s.apply(d));
                }
                double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
                best.merge(s.name(), seconds, Math::min);
                current = next;
            }
        }
        List<Figures> out = new ArrayList<>();
        best.forEach((stage, seconds) -> out.add(new Figures(stage, docs.size(), sentences, seconds)));
        return out;
    }
}
