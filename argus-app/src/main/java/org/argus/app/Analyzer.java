package org.argus.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.argus.pipeline.Outcome;
import org.argus.pipeline.Pipeline;

/**
 * Runs a pipeline over a stream of inputs on a fixed number of threads and hands the outcomes to a
 * sink in input order, holding at most a few inputs per thread in memory. The sink and the progress
 * display are called from the calling thread only. One run at a time per instance.
 */
public final class Analyzer implements AutoCloseable {
    private final Pipeline pipeline;
    private final ExecutorService pool;
    private final int window;

    public Analyzer(Pipeline pipeline, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.pipeline = pipeline;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "argus-analyze");
            t.setDaemon(true);
            return t;
        });
        this.window = threads * 3;
    }

    /** Analyses every input; rejected inputs reach the sink as {@link Outcome.Rejected}. */
    public RunSummary run(Iterator<Input> inputs, Consumer<Outcome> sink, Progress progress) {
        Deque<Future<Outcome>> pending = new ArrayDeque<>();
        int[] counts = new int[2];
        while (inputs.hasNext()) {
            Input input = inputs.next();
            pending.add(input.failure() != null
                    ? java.util.concurrent.CompletableFuture.completedFuture(input.failure())
                    : pool.submit(() -> pipeline.run(input.document())));
            if (pending.size() >= window) {
                emit(pending.removeFirst(), sink, progress, counts);
            }
        }
        while (!pending.isEmpty()) {
            emit(pending.removeFirst(), sink, progress, counts);
        }
        progress.finish();
        return new RunSummary(counts[0], counts[1]);
    }

    private static void emit(Future<Outcome> future, Consumer<Outcome> sink, Progress progress, int[] counts) {
        Outcome outcome;
        try {
            outcome = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed unexpectedly", e.getCause());
        }
        boolean ok = outcome instanceof Outcome.Accepted;
        counts[ok ? 0 : 1]++;
        sink.accept(outcome);
        progress.advance(ok);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** One input: a document to analyse, or a failure found while reading it. */
    public record Input(org.argus.model.RawDocument document, Outcome.Rejected failure) {
        public static Input of(org.argus.model.RawDocument document) {
            return new Input(document, null);
        }

        public static Input failed(Outcome.Rejected failure) {
            return new Input(null, failure);
        }
    }
}
