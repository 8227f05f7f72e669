package org.argus.app;

import java.io.PrintWriter;

/**
 * A one-line progress display on stderr: articles done, failures, articles per second. Redraws at
 * most every half second. Not thread-safe: called from the thread that emits results.
 */
public final class Progress {
    private static final long REDRAW_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private int done;
    private int failed;
    private boolean drawn;

    public Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    public void advance(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        long now = System.nanoTime();
        if (enabled && now - lastDrawn > REDRAW_NANOS) {
            lastDrawn = now;
            draw();
        }
    }

    /** Prints a line on stderr without garbling the progress line. */
    public void message(String line) {
        if (drawn) {
            err.print("\r\033[K");
        }
        err.println(line);
        if (drawn) {
            draw();
        }
    }

    public void finish() {
        if (enabled && done > 0) {
            draw();
            err.println();
        }
    }

    public double rate() {
        double seconds = (System.nanoTime() - started) / 1e9;
        return seconds <= 0 ? 0 : done / seconds;
    }

    private void draw() {
        drawn = true;
        err.printf("\r\033[K  %d articles, %d failed, %.1f articles/s", done, failed, rate());
        err.flush();
    }
}
