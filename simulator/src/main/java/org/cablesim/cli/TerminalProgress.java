package org.cablesim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cablesim.study.ProgressListener;

/**
 * Shows the running stages (with done/total, ETA) and the elapsed time on stderr. On a terminal one line is
 * rewritten in place; otherwise ({@code --progress=always} into a file) plain lines are printed, at most one
 * every {@value #PLAIN_INTERVAL_SECONDS} s per stage. Stages named {@code "owner: what"} replace the previous
 * stage of the same owner (plans run side by side); a stage without an owner replaces all. Wall-clock time is
 * used only here, for the person watching; it never reaches a result.
 */
final class TerminalProgress implements ProgressListener, AutoCloseable {
    private static final long REDRAW_INTERVAL_NANOS = 200_000_000L;
    private static final long PLAIN_INTERVAL_SECONDS = 10;
    private static final int WIDTH = 118;

    private final PrintWriter err;
    private final boolean enabled;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private final Map<String, Stage> stages = new LinkedHashMap<>();
    private String latest;
    private long lastDrawNanos;
    private boolean drawn;

    private static final class Stage {
        final long total;
        final long startNanos;
        long done;
        long lastPlainNanos;

        Stage(long total, long startNanos) {
            this.total = total;
            this.startNanos = startNanos;
            this.lastPlainNanos = startNanos;
        }
    }

    /**
     * @param terminal true to rewrite one line with escape codes, false for plain lines
     */
    TerminalProgress(PrintWriter err, boolean enabled, boolean terminal) {
        this.err = err;
        this.enabled = enabled;
        this.terminal = terminal;
    }

    /**
     * The progress display {@code --progress} asks for: {@code never} (or {@code quiet}) shows nothing,
     * {@code always} shows it even into a file, {@code auto} only when stderr is a terminal.
     *
     * @param stderrIsProcessStderr whether {@code err} writes to the process's own stderr (not a test's buffer)
     */
    static TerminalProgress create(PrintWriter err, ProgressMode mode, boolean quiet, boolean stderrIsProcessStderr) {
        boolean terminal = stderrIsProcessStderr && StderrTerminal.isTerminal();
        boolean enabled = !quiet && (mode == ProgressMode.ALWAYS || (mode == ProgressMode.AUTO && terminal));
        return new TerminalProgress(err, enabled, terminal);
    }

    @Override
    public synchronized void stage(String name, long units) {
        if (!enabled) {
            return;
        }
        String owner = owner(name);
        for (Iterator<String> it = stages.keySet().iterator(); it.hasNext(); ) {
            String other = it.next();
            if (owner.isEmpty() || owner(other).equals(owner)) {
                it.remove();
            }
        }
        long now = System.nanoTime();
        stages.put(name, new Stage(units, now));
        latest = name;
        if (terminal) {
            draw(now);
        } else {
            plainLine(now, name, stages.get(name));
        }
    }

    @Override
    public synchronized void advance(long units) {
        if (latest != null) {
            advance(latest, units);
        }
    }

    @Override
    public synchronized void advance(String name, long units) {
        if (!enabled) {
            return;
        }
        Stage stage = stages.get(name);
        if (stage == null) {
            return;
        }
        stage.done += units;
        long now = System.nanoTime();
        if (terminal) {
            if (now - lastDrawNanos >= REDRAW_INTERVAL_NANOS || stage.done >= stage.total) {
                draw(now);
            }
        } else if (now - stage.lastPlainNanos >= PLAIN_INTERVAL_SECONDS * 1_000_000_000L || stage.done == stage.total) {
            stage.lastPlainNanos = now;
            plainLine(now, name, stage);
        }
    }

    /** Ends the progress line so that normal output starts on a clean line. */
    @Override
    public synchronized void close() {
        if (terminal && drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
        stages.clear();
    }

    private static String owner(String name) {
        int colon = name.indexOf(": ");
        return colon < 0 ? "" : name.substring(0, colon);
    }

    private void draw(long now) {
        lastDrawNanos = now;
        List<String> parts = new ArrayList<>();
        stages.forEach((name, stage) -> parts.add(describe(now, name, stage)));
        String line = String.join(" | ", parts) + "  [" + duration((now - startNanos) / 1e9) + "]";
        if (line.length() > WIDTH) {
            line = line.substring(0, WIDTH - 1) + "…";
        }
        err.print("\r\033[K" + line);
        err.flush();
        drawn = true;
    }

    private void plainLine(long now, String name, Stage stage) {
        err.println("[" + duration((now - startNanos) / 1e9) + "] " + describe(now, name, stage));
        err.flush();
    }

    private static String describe(long now, String name, Stage stage) {
        StringBuilder text = new StringBuilder(name);
        if (stage.total > 0) {
            text.append(String.format(Locale.ROOT, " %d/%d", stage.done, stage.total));
            double elapsedSeconds = (now - stage.startNanos) / 1e9;
            if (stage.done > 0 && stage.done < stage.total && elapsedSeconds > 1) {
                text.append(" ETA ").append(duration(elapsedSeconds * (stage.total - stage.done) / stage.done));
            }
        }
        return text.toString();
    }

    /** A duration as {@code <1s}, {@code 42s}, {@code 3m05s} or {@code 2h07m}. */
    static String duration(double seconds) {
        if (seconds < 0.5) {
            return "<1s";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
    }
}
