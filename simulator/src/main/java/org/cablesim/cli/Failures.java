package org.cablesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Turns what ends a command abnormally into one line on stderr and an exit code: environment failures (disk
 * full, permission, read-only file system) and running out of memory are the user's to fix and get a plain
 * message; anything else is a bug. The stack trace is printed only with {@code --debug}.
 */
final class Failures {
    private static final double MIB = 1024.0 * 1024.0;

    private Failures() {
    }

    /** Reports {@code failure} on {@code err} and returns the exit code. */
    static int report(Throwable failure, PrintWriter err, boolean debug) {
        IOException io = ioCause(failure);
        if (failure instanceof OutOfMemoryError) {
            err.println("error: " + outOfMemoryMessage());
        } else if (io != null) {
            err.println("error: " + describe(io));
        } else {
            err.println("internal error: " + failure + (debug ? "" : " (run again with --debug for details)"));
        }
        if (debug) {
            failure.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    /** One line naming the path and the cause of an environment failure. */
    static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String path = fs.getOtherFile() == null ? fs.getFile() : fs.getFile() + " -> " + fs.getOtherFile();
            return path + ": " + reason(fs);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists (or a part of the path is a file, not a directory)";
        }
        return e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
    }

    /** How full the heap is and how to give cablesim more. */
    static String outOfMemoryMessage() {
        Runtime runtime = Runtime.getRuntime();
        double usedMiB = (runtime.totalMemory() - runtime.freeMemory()) / MIB;
        double maxMiB = runtime.maxMemory() / MIB;
        long suggestGiB = Math.max(2, (long) Math.ceil(2 * maxMiB / 1024));
        return String.format(Locale.ROOT, "out of memory: the Java heap is full (%.0f MiB in use of at most %.0f MiB)."
                + " Give cablesim more, e.g. CABLESIM_JAVA_OPTS=-Xmx%dg ./cablesim …, or make the scenario smaller"
                + " (fewer plans, servers or sweep points)", usedMiB, maxMiB, suggestGiB);
    }

    private static IOException ioCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UncheckedIOException unchecked) {
                return unchecked.getCause();
            }
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }
}
