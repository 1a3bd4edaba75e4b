package org.cablesim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.cablesim.study.ProgressListener;

/**
 * Shows stage, done/total and an ETA on one rewritten stderr line. Wall-clock time is used only here, for the
 * ETA shown to the person at the terminal; it never reaches a result.
 */
final class TerminalProgress implements ProgressListener {
    private static final long REDRAW_INTERVAL_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final AtomicLong done = new AtomicLong();
    private volatile String stage = "";
    private volatile long total;
    private volatile long stageStartNanos;
    private volatile long lastDrawNanos;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /** Progress for an interactive terminal, or nothing when stderr is redirected or {@code quiet} is set. */
    static ProgressListener forTerminal(PrintWriter err, boolean quiet) {
        return quiet || System.console() == null ? ProgressListener.NONE : new TerminalProgress(err);
    }

    @Override
    public synchronized void stage(String name, long units) {
        finishLine();
        stage = name;
        total = units;
        done.set(0);
        stageStartNanos = System.nanoTime();
        lastDrawNanos = 0;
        draw(stageStartNanos);
    }

    @Override
    public void advance(long units) {
        done.addAndGet(units);
        long now = System.nanoTime();
        if (now - lastDrawNanos >= REDRAW_INTERVAL_NANOS) {
            synchronized (this) {
                draw(now);
            }
        }
    }

    /** Ends the progress line so that normal output starts on a clean line. */
    synchronized void close() {
        finishLine();
    }

    private void draw(long now) {
        lastDrawNanos = now;
        long doneUnits = done.get();
        StringBuilder line = new StringBuilder("\r\033[K").append(stage);
        if (total > 0) {
            line.append(String.format(Locale.ROOT, "  %d/%d (%.0f%%)", doneUnits, total, 100.0 * doneUnits / total));
            double elapsedSeconds = (now - stageStartNanos) / 1e9;
            if (doneUnits > 0 && doneUnits < total && elapsedSeconds > 1) {
                double etaSeconds = elapsedSeconds * (total - doneUnits) / doneUnits;
                line.append(String.format(Locale.ROOT, "  ETA %.0f s", etaSeconds));
            }
        }
        err.print(line);
        err.flush();
    }

    private void finishLine() {
        if (!stage.isEmpty()) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
