package org.argus.app;

import java.io.PrintWriter;
import org.argus.output.Printable;

/**
 * Progress on stderr: articles done, failures, articles per second. On a terminal one line is
 * redrawn at most every half second; when stderr goes to a file or pipe (a log), a plain line is
 * written every ten seconds instead, so logs carry no control characters. Not thread-safe: called
 * from the thread that emits results.
 */
public final class Progress {
    private static final long REDRAW_NANOS = 500_000_000L;
    private static final long LOG_LINE_NANOS = 10_000_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private int done;
    private int failed;
    private boolean drawn;
    private int doneWhenDrawn = -1;

    /** Progress that redraws one line when the process has a console, else writes log lines. */
    public Progress(PrintWriter err, boolean enabled) {
        this(err, enabled, System.console() != null);
    }

    /**
     * @param terminal whether {@code err} is a terminal that understands carriage return and the
     *                 erase-line sequence
     */
    public Progress(PrintWriter err, boolean enabled, boolean terminal) {
        this.err = err;
        this.enabled = enabled;
        this.terminal = terminal;
    }

    public void advance(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        long now = System.nanoTime();
        if (enabled && now - lastDrawn > (terminal ? REDRAW_NANOS : LOG_LINE_NANOS)) {
            lastDrawn = now;
            draw();
        }
    }

    /**
     * Prints a line on stderr without garbling the progress line. The line is untrusted (it names files
     * and ids): it is printed on one line, control characters escaped ({@link Printable#line}), so it
     * can neither forge another line nor drive the terminal.
     */
    public void message(String line) {
        if (drawn) {
            err.print("\r\033[K");
        }
        err.println(Printable.line(line));
        if (drawn) {
            draw();
        }
    }

    public void finish() {
        // a log already holding the final count gets no second, identical line
        if (enabled && done > 0 && (terminal || doneWhenDrawn != done)) {
            draw();
            if (terminal) {
                err.println();
            }
        }
    }

    public double rate() {
        double seconds = (System.nanoTime() - started) / 1e9;
        return seconds <= 0 ? 0 : done / seconds;
    }

    private void draw() {
        doneWhenDrawn = done;
        if (terminal) {
            drawn = true;
            err.printf("\r\033[K  %d articles, %d failed, %.1f articles/s", done, failed, rate());
        } else {
            err.printf("  %d articles, %d failed, %.1f articles/s%n", done, failed, rate());
        }
        err.flush();
    }
}
