package org.argus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.argus.extract.ExtractStage;
import org.argus.model.Document;
import org.argus.model.InputFormat;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.pipeline.Deadline;
import org.argus.pipeline.Layer;
import org.argus.pipeline.Outcome;
import org.argus.pipeline.Pipeline;
import org.argus.pipeline.Stage;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: one article's analysis has a time limit, after which it fails with a clear error and the
 * run goes on; an article whose stage holds on without looking at the clock is abandoned.
 */
class AnalyzerTimeLimitTest {
    /** A stage that works {@code millis} on an article whose text says "slow", checking the deadline or not. */
    private record Slow(long millis, boolean checks) implements Stage {
        @Override
        public String name() {
            return "slow";
        }

        @Override
        public Set<Layer> requires() {
            return Set.of(Layer.TEXT);
        }

        @Override
        public Set<Layer> provides() {
            return Set.of();
        }

        @Override
        public Document apply(Document d) {
            return apply(d, Deadline.NONE);
        }

        @Override
        public Document apply(Document d, Deadline deadline) {
            if (!d.text().contains("slow")) {
                return d;
            }
            long end = System.nanoTime() + millis * 1_000_000;
            while (System.nanoTime() < end) {
                if (checks) {
                    deadline.check();
                }
                try {
                    Thread.sleep(10); // waits rather than spins, so an abandoned one costs no CPU
                } catch (InterruptedException e) {
                    return d; // the runner cancelled it
                }
            }
            return d;
        }
    }

    private static List<Outcome> run(Stage slow, Duration limit, Duration grace) {
        Pipeline p = Pipeline.of(new ExtractStage(), slow);
        List<Analyzer.Input> inputs = new ArrayList<>();
        for (String text : new String[] {"A quick article about talks.", "A slow article about talks.", "Another quick article about talks."}) {
            inputs.add(Analyzer.Input.of(new RawDocument("a" + inputs.size(), SourceRef.file("a" + inputs.size() + ".txt"),
                    InputFormat.TEXT, text, null, null, null, null)));
        }
        List<Outcome> out = new ArrayList<>();
        try (Analyzer a = new Analyzer(p, 1, limit, grace)) {
            a.run(inputs.iterator(), out::add, new Progress(new PrintWriter(new StringWriter()), false, false));
        }
        return out;
    }

    @Test
    void aStageThatChecksTheClockStopsAtTheLimitAndTheRunGoesOn() {
        List<Outcome> out = run(new Slow(60_000, true), Duration.ofSeconds(2), Duration.ofSeconds(60));
        assertInstanceOf(Outcome.Accepted.class, out.get(0));
        Outcome.Rejected r = assertInstanceOf(Outcome.Rejected.class, out.get(1));
        assertEquals("a1.txt: slow: analysis stopped: over the time limit of 2 s per article", r.message());
        assertInstanceOf(Outcome.Accepted.class, out.get(2), "the next article is analysed");
    }

    @Test
    void aStageThatHoldsOnIsAbandonedAndAnotherThreadTakesItsPlace() {
        long started = System.nanoTime();
        List<Outcome> out = run(new Slow(60_000, false), Duration.ofSeconds(2), Duration.ofSeconds(1));
        assertTrue(System.nanoTime() - started < 30_000_000_000L, "the run did not wait the minute the stuck stage takes");
        Outcome.Rejected r = assertInstanceOf(Outcome.Rejected.class, out.get(1));
        assertEquals("a1.txt: analyze: analysis stopped: over the time limit of 2 s per article (--time-limit)", r.message());
        assertInstanceOf(Outcome.Accepted.class, out.get(2), "one thread was stuck, the next article still ran");
    }
}
