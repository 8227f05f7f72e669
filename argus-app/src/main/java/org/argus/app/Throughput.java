package org.argus.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.argus.model.InputFormat;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.nlp.TextAnnotator;
import org.argus.nlp.corenlp.CoreNlpAnnotator;
import org.argus.nlp.corenlp.CoreNlpConfig;
import org.argus.pipeline.Pipeline;

/**
 * The throughput benchmark: the whole Argus pipeline and, in the same run, CoreNLP's stock
 * tokenize..depparse pipeline over the same texts, with the same number of threads.
 */
public final class Throughput {
    /**
     * Figures of one measured system.
     *
     * @param cpuSeconds     CPU time the whole process spent during the run (all threads, the JIT
     *                       compiler's and the garbage collector's included): unlike the wall-clock
     *                       rate, it barely moves when other programs share the machine
     * @param workerSeconds  CPU time of the threads that analysed the articles; the rest of
     *                       {@code cpuSeconds} is the JIT compiler, the garbage collector and the JVM
     */
    public record Figures(String system, int articles, double loadSeconds, double runSeconds, double cpuSeconds,
            double workerSeconds) {
        public double articlesPerSecond() {
            return articles / runSeconds;
        }

        public double cpuSecondsPerArticle() {
            return cpuSeconds / articles;
        }

        /** CPU seconds per article outside the analysing threads: JIT compilation, garbage collection. */
        public double otherCpuSecondsPerArticle() {
            return (cpuSeconds - workerSeconds) / articles;
        }
    }

    private final PrintWriter err;
    private final int threads;

    public Throughput(PrintWriter err, int threads) {
        this.err = err;
        this.threads = threads;
    }

    /** Reads up to {@code limit} .txt files of {@code dir} in name order. */
    public static List<RawDocument> readCorpus(Path dir, int limit) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).toList();
        }
        List<RawDocument> docs = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            docs.add(new RawDocument(name.substring(0, name.length() - 4), SourceRef.file(f.toString()), InputFormat.TEXT,
                    Files.readString(f, StandardCharsets.UTF_8), null, null, null, null));
        }
        return docs;
    }

    public Figures argus(List<RawDocument> docs) {
        return argus(docs, 1).get(0);
    }

    /**
     * The whole pipeline over {@code docs}, {@code passes} times in the same process with the same
     * loaded models: the first pass includes the JIT's warm-up and the parser filling its row cache,
     * later passes show the steady state.
     */
    public List<Figures> argus(List<RawDocument> docs, int passes) {
        long t0 = System.nanoTime();
        TextAnnotator annotator = CoreNlpAnnotator.load(CoreNlpConfig.defaults(), Pipelines.parseSelector());
        Pipeline pipeline = Pipelines.full(annotator, null);
        double load = seconds(t0);
        err.printf("argus: models loaded in %.1f s; analysing %d articles on %d threads%n", load, docs.size(), threads);
        List<Figures> figures = new ArrayList<>();
        for (int pass = 1; pass <= passes; pass++) {
            long t1 = System.nanoTime();
            long cpu = processCpuNanos();
            long workers;
            try (Analyzer analyzer = new Analyzer(pipeline, threads)) {
                analyzer.run(docs.stream().map(Analyzer.Input::of).iterator(), outcome -> { }, new Progress(err, true));
                workers = threadCpuNanos("argus-analyze");
            }
            String system = passes == 1 ? "argus (whole pipeline)" : "argus (whole pipeline), pass " + pass;
            figures.add(new Figures(system, docs.size(), load, seconds(t1), (processCpuNanos() - cpu) / 1e9, workers / 1e9));
        }
        return figures;
    }

    public Figures stockCoreNlp(List<RawDocument> docs) {
        long t0 = System.nanoTime();
        CoreNlpAnnotator stock = CoreNlpAnnotator.loadStock();
        double load = seconds(t0);
        err.printf("stock CoreNLP loaded in %.1f s; annotating %d articles on %d threads%n", load, docs.size(), threads);
        long t1 = System.nanoTime();
        long cpu = processCpuNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "corenlp-stock"));
        long workers;
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (RawDocument d : docs) {
                futures.add(pool.submit(() -> stock.annotate(d.content())));
            }
            Progress progress = new Progress(err, true);
            for (Future<?> f : futures) {
                f.get();
                progress.advance(true);
            }
            progress.finish();
            workers = threadCpuNanos("corenlp-stock");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("stock CoreNLP failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Figures("CoreNLP stock (tokenize,ssplit,pos,lemma,ner,depparse)", docs.size(), load, seconds(t1),
                (processCpuNanos() - cpu) / 1e9, workers / 1e9);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** CPU time of the live threads whose name starts with {@code prefix} (a fresh pool's threads: all of theirs). */
    private static long threadCpuNanos(String prefix) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(prefix)) {
                long nanos = bean.getThreadCpuTime(t.getId());
                total += Math.max(0, nanos);
            }
        }
        return total;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
