package org.cablesim.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a Python check script with python3 and networkx. Without them the test is skipped, except under CI (the
 * {@code CI} environment variable, set by {@code .ci/run}, which installs networkx): there it fails.
 */
public final class PythonNetworkx {
    private PythonNetworkx() {
    }

    /** Runs {@code python3 script args…} and asserts it exits 0. */
    public static void run(Path script, String... args) throws IOException, InterruptedException {
        requireNetworkx();
        List<String> command = new ArrayList<>(List.of("python3", script.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("python3 " + script + " did not finish in 120 s");
        }
        assertEquals(0, p.exitValue(), output);
    }

    private static void requireNetworkx() throws IOException, InterruptedException {
        boolean available;
        try {
            Process p = new ProcessBuilder("python3", "-c", "import networkx").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            available = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            available = false;
        }
        if (!available && System.getenv("CI") != null) {
            fail("python3 with networkx is required under CI (.ci/run installs python3-networkx)");
        }
        Assumptions.assumeTrue(available, "python3 with networkx not available");
    }
}
