package org.argus.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.argus.pipeline.Deadline;
import org.argus.pipeline.Outcome;
import org.argus.pipeline.Pipeline;

/**
 * Runs a pipeline over a stream of inputs on a fixed number of threads and hands the outcomes to a
 * sink in input order, holding at most a few inputs per thread in memory. The sink and the progress
 * display are called from the calling thread only. One run at a time per instance.
 *
 * <p>Each input's analysis has a time limit (issue 23): the pipeline checks it between stages and
 * the annotation between sections, and the input ends as a rejection naming the limit. Should a stage
 * hold on past the limit without checking (a long step inside CoreNLP), the runner stops waiting
 * {@link #GRACE} later, reports the input as failed, takes another thread in the stuck one's place,
 * and goes on; the stuck thread's result, when it comes, is dropped.
 */
public final class Analyzer implements AutoCloseable {
    /** How long past its time limit an input that has not stopped by itself is waited for. */
    public static final Duration GRACE = Duration.ofSeconds(10);

    private final Pipeline pipeline;
    private final ThreadPoolExecutor pool;
    private final int window;
    private final Duration timeLimit;
    private final Duration grace;

    /** A runner without a time limit. */
    public Analyzer(Pipeline pipeline, int threads) {
        this(pipeline, threads, Duration.ofDays(365));
    }

    /** A runner that gives each input at most {@code timeLimit}. */
    public Analyzer(Pipeline pipeline, int threads, Duration timeLimit) {
        this(pipeline, threads, timeLimit, GRACE);
    }

    /** As {@link #Analyzer(Pipeline, int, Duration)}, waiting {@code grace} past the limit before abandoning an input. */
    Analyzer(Pipeline pipeline, int threads, Duration timeLimit, Duration grace) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.pipeline = pipeline;
        this.timeLimit = timeLimit;
        this.grace = grace;
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "argus-analyze");
            t.setDaemon(true);
            return t;
        });
        this.window = threads * 3;
    }

    /** Analyses every input; rejected inputs reach the sink as {@link Outcome.Rejected}. */
    public RunSummary run(Iterator<Input> inputs, Consumer<Outcome> sink, Progress progress) {
        Deque<Pending> pending = new ArrayDeque<>();
        int[] counts = new int[2];
        while (inputs.hasNext()) {
            Input input = inputs.next();
            pending.add(new Pending(input, input.failure() != null
                    ? java.util.concurrent.CompletableFuture.completedFuture(input.failure())
                    : pool.submit(() -> pipeline.run(input.document(), Deadline.after(timeLimit, "analysis", "article")))));
            if (pending.size() >= window) {
                Pending p = pending.removeFirst();
                emit(p.future(), sink, progress, counts, p.input());
            }
        }
        while (!pending.isEmpty()) {
            Pending p = pending.removeFirst();
            emit(p.future(), sink, progress, counts, p.input());
        }
        progress.finish();
        return new RunSummary(counts[0], counts[1]);
    }

    private void emit(Future<Outcome> future, Consumer<Outcome> sink, Progress progress, int[] counts, Input input) {
        Outcome outcome;
        try {
            outcome = input.failure() != null ? future.get() : future.get(timeLimit.plus(grace).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            outcome = abandon(future, input);
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

    /** The rejection of an input that overran its limit; a new thread takes the stuck one's place. */
    private Outcome abandon(Future<Outcome> future, Input input) {
        future.cancel(true);
        synchronized (pool) {
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
            pool.setCorePoolSize(pool.getCorePoolSize() + 1);
        }
        return new Outcome.Rejected(input.document().id(), input.document().source(), "analyze",
                "analysis stopped: over the time limit of " + seconds(timeLimit) + " s per article (--time-limit)");
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds()) : Double.toString(d.toMillis() / 1000.0);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private record Pending(Input input, Future<Outcome> future) {
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
