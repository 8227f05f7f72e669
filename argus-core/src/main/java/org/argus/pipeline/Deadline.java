package org.argus.pipeline;

import java.time.Duration;

/**
 * The time limit of one piece of work (one article's analysis, one page's extraction). The work
 * calls {@link #check()} between its steps (between stages, between sections of a long text, every
 * so many blocks of a page), so an input that would take too long ends with a rejection naming the
 * limit instead of holding a worker, and the run goes on with the next input. Immutable.
 */
public final class Deadline {
    /** Thrown by {@link #check()} once the limit has passed; the pipeline turns it into a rejection. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message, null, false, false);
        }
    }

    /** No limit (for callers that work on small known texts). */
    public static final Deadline NONE = new Deadline(Duration.ofDays(365), "", System.nanoTime());

    private final Duration limit;
    private final String message;
    private final long endNanos;

    private Deadline(Duration limit, String message, long startNanos) {
        this.limit = limit;
        this.message = message;
        this.endNanos = startNanos + limit.toNanos();
    }

    /**
     * A deadline {@code limit} from now; {@code what} names the work in the message
     * ("analysis", "extraction") and {@code per} what the limit is for ("article", "page").
     */
    public static Deadline after(Duration limit, String what, String per) {
        if (limit.isNegative()) {
            throw new IllegalArgumentException("a time limit must not be negative, got " + limit);
        }
        return new Deadline(limit, what + " stopped: over the time limit of " + seconds(limit) + " s per " + per, System.nanoTime());
    }

    /** Whichever of this and {@code other} passes first. */
    public Deadline earlier(Deadline other) {
        return other.endNanos - endNanos < 0 ? other : this;
    }

    /** @throws Exceeded once the limit has passed */
    public void check() {
        if (passed()) {
            throw new Exceeded(message);
        }
    }

    /** Whether the limit has passed. */
    public boolean passed() {
        return System.nanoTime() - endNanos > 0;
    }

    /** The limit this deadline was set with. */
    public Duration limit() {
        return limit;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds()) : Double.toString(d.toMillis() / 1000.0);
    }
}
