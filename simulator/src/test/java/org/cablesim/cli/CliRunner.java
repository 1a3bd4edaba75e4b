package org.cablesim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Runs the CLI in-process and captures what it prints. */
final class CliRunner {
    /** Exit code, standard output and standard error of one CLI call. */
    record Outcome(int exitCode, String out, String err) {
    }

    private CliRunner() {
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    /** A test resource under {@code /scenarios/} as a file. */
    static Path testScenario(String relative) {
        URL url = CliRunner.class.getResource("/scenarios/" + relative);
        if (url == null) {
            throw new IllegalArgumentException("no test resource scenarios/" + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A shipped scenario under the repository's {@code scenarios/} folder (tests run in {@code simulator/}). */
    static Path shippedScenario(String name) {
        return Path.of("..", "scenarios", name).toAbsolutePath().normalize();
    }
}
