package org.cablesim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the process's standard error is an interactive terminal, the {@code isatty(2)} question that
 * {@link System#console()} does not answer (it looks at stdin and stdout, so {@code 2> log} would get escape
 * codes and {@code > file} would hide progress).
 */
final class StderrTerminal {
    private StderrTerminal() {
    }

    /**
     * On Linux, file descriptor 2 resolves to a terminal device ({@code /dev/pts/N}, {@code /dev/ttyN},
     * {@code /dev/console}); elsewhere, a console is attached. False for {@code TERM=dumb}.
     */
    static boolean isTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd2 = Path.of("/proc/self/fd/2");
        if (Files.exists(Path.of("/proc/self/fd"))) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(fd2).toString());
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    /** Whether a device path names a terminal. */
    static boolean isTerminalDevice(String device) {
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
    }
}
