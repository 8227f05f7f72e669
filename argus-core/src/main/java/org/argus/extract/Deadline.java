package org.argus.extract;

import java.time.Duration;

/**
 * The time limit of one extraction. The extractors call {@link #check()} between phases and every
 * so many blocks or lines, so a page that would take too long ends with a rejection instead of
 * holding a worker. Immutable; one per extraction.
 */
final class Deadline {
    /** Thrown by {@link #check()} once the limit has passed; the stage turns it into a rejection. */
    static final class Exceeded extends RuntimeException {
        Exceeded(Duration limit) {
            super("extraction stopped: over the time limit of " + limit.toMillis() / 1000.0 + " s per page", null, false, false);
        }
    }

    /** No limit (for callers that extract small known texts). */
    static final Deadline NONE = new Deadline(Duration.ofDays(365));

    private final Duration limit;
    private final long endNanos;

    private Deadline(Duration limit) {
        this.limit = limit;
        this.endNanos = System.nanoTime() + limit.toNanos();
    }

    static Deadline after(Duration limit) {
        return new Deadline(limit);
    }

    void check() {
        if (System.nanoTime() - endNanos > 0) {
            throw new Exceeded(limit);
        }
    }
}
