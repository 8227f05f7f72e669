package org.argus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.argus.extract.ExtractStage;
import org.argus.model.InputFormat;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.pipeline.StageException;

/**
 * Runs Argus, boilerpipe's ArticleExtractor and Readability4J over the same pages (the
 * {@code input.jsonl} that {@code ../shared/bench/extraction/make_inputs.py} writes), writes each
 * system's output as {@code OUTDIR/<system>.jsonl} ({"id", "text"}) for the shared scorer, and
 * measures each system's pages per second on the calling thread (one core): warm-up passes, then
 * timed passes over all pages until at least {@code seconds} have run. Besides pages per second of
 * wall-clock time it prints pages per second of the thread's CPU time, which on a machine shared with
 * other jobs is the closer measure of what one core does (the wall clock also counts the time the
 * thread waits for a core).
 *
 * <p>A test-scoped tool, so the compared extractors never reach Argus's runtime classpath. Run it
 * through {@code tools/bench-extract}.
 *
 * <pre>java -cp ... org.argus.bench.ExtractionBench INPUT.jsonl OUTDIR [seconds [system,system...]]</pre>
 */
public final class ExtractionBench {
    private record Page(String id, String html, String url) {
    }

    private ExtractionBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ExtractionBench INPUT.jsonl OUTDIR [seconds per system, default 10]");
            System.exit(2);
        }
        List<Page> pages = read(Path.of(args[0]));
        Path outDir = Path.of(args[1]);
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 10;
        double warmUp = Double.parseDouble(System.getProperty("warmup", String.valueOf(seconds)));
        Files.createDirectories(outDir);

        ExtractStage argus = new ExtractStage();
        Map<String, Function<Page, String>> systems = new LinkedHashMap<>();
        systems.put("argus", p -> {
            try {
                return argus.extract(new RawDocument(p.id(), SourceRef.file(p.id()), InputFormat.HTML, p.html(), null, p.url(), null, null)).text();
            } catch (StageException noArticle) {
                return "";
            }
        });
        systems.put("boilerpipe", p -> {
            try {
                return de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(p.html());
            } catch (de.l3s.boilerpipe.BoilerpipeProcessingException e) {
                return "";
            }
        });
        systems.put("readability4j", p -> {
            String text = new net.dankito.readability4j.Readability4J(p.url() == null ? "" : p.url(), p.html()).parse().getTextContent();
            return text == null ? "" : text;
        });

        if (args.length > 3) {
            systems.keySet().retainAll(List.of(args[3].split(",")));
        }
        ObjectMapper mapper = new ObjectMapper();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        System.out.printf(Locale.ROOT, "%-14s %6s %8s %10s %9s %12s %8s%n", "system", "pages", "failed", "seconds", "pages/s", "pages/cpu-s",
                "jit-s");
        for (Map.Entry<String, Function<Page, String>> system : systems.entrySet()) {
            int failed = 0;
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(outDir.resolve(system.getKey() + ".jsonl"), StandardCharsets.UTF_8))) {
                for (Page p : pages) {
                    String text;
                    try {
                        text = system.getValue().apply(p);
                    } catch (RuntimeException | StackOverflowError e) {
                        text = "";
                        failed++;
                    }
                    ObjectNode o = mapper.createObjectNode();
                    o.put("id", p.id());
                    o.put("text", text);
                    w.println(mapper.writeValueAsString(o));
                }
            }
            // Warm up for as long as the timed run: on one core the JIT's C2 compiler shares the CPU
            // with the timed thread and is still compiling after a few passes, so a short warm-up
            // times the compiler as much as the extractor.
            long warmStart = System.nanoTime();
            int warmPasses = 0;
            do {
                runAll(system.getValue(), pages);
                warmPasses++;
            } while (warmPasses < 2 || (System.nanoTime() - warmStart) / 1e9 < warmUp);
            long jitStart = jit.getTotalCompilationTime();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long done = 0;
            double elapsed;
            do {
                runAll(system.getValue(), pages);
                done += pages.size();
                elapsed = (System.nanoTime() - start) / 1e9;
            } while (elapsed < seconds);
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double jitSeconds = (jit.getTotalCompilationTime() - jitStart) / 1e3;
            System.out.printf(Locale.ROOT, "%-14s %6d %8d %10.1f %9.1f %12.1f %8.1f%n", system.getKey(), done, failed, elapsed, done / elapsed,
                    done / cpu, jitSeconds);
        }
    }

    private static void runAll(Function<Page, String> system, List<Page> pages) {
        for (Page p : pages) {
            try {
                system.apply(p);
            } catch (RuntimeException | StackOverflowError e) {
                // counted in the output pass
            }
        }
    }

    private static List<Page> read(Path input) {
        ObjectMapper mapper = new ObjectMapper();
        List<Page> pages = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o = mapper.readTree(line);
                pages.add(new Page(o.path("id").asText(), o.path("html").asText(), o.hasNonNull("url") ? o.get("url").asText() : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }
}
