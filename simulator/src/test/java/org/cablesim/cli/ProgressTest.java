package org.cablesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress goes to stderr by stage, only when asked or when stderr is a terminal, never into stdout. */
class ProgressTest {
    @TempDir
    Path temp;

    @Test
    void alwaysShowsEveryStageAsPlainLinesWhenStderrIsNoTerminal() {
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.shippedScenario("superpod-4su.yaml").toString(),
                "--out", temp.resolve("out").toString(), "--progress", "always", "--threads", "1");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        String err = outcome.err();
        for (String stage : new String[] {"read scenario, generate fabric", "route and check 2048 links", ": loss",
            "lifecycle replications 0/8", "lifecycle replications 8/8", "write results"}) {
            assertTrue(err.contains(stage), "missing stage '" + stage + "' in:\n" + err);
        }
        assertFalse(err.contains("\033["), "no escape codes outside a terminal");
        assertFalse(outcome.out().contains("lifecycle replications"), "progress never goes to stdout");
    }

    @Test
    void autoAndNeverStaySilentWhenStderrIsNotTheProcessTerminal() {
        for (String mode : new String[] {"auto", "never", "NEVER"}) {
            CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.shippedScenario("quickstart.yaml").toString(),
                    "--out", temp.resolve(mode).toString(), "--progress", mode, "--quiet");
            assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
            assertEquals("", outcome.err(), mode);
        }
    }

    @Test
    void aBadModeIsBadInput() {
        CliRunner.Outcome outcome = CliRunner.run("run", CliRunner.shippedScenario("quickstart.yaml").toString(),
                "--progress", "sometimes");
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode(), outcome.err());
    }

    @Test
    void terminalModeRewritesOneLineAndShowsParallelStagesSideBySide() {
        StringWriter text = new StringWriter();
        try (TerminalProgress progress = new TerminalProgress(new PrintWriter(text), true, true)) {
            progress.stage("a: lifecycle replications", 4);
            progress.stage("b: lifecycle replications", 4);
            progress.advance("a: lifecycle replications", 4);
            progress.stage("b: write", 0);
        }
        String shown = text.toString();
        assertTrue(shown.contains("a: lifecycle replications 4/4 | b: lifecycle replications 0/4"), shown);
        assertTrue(shown.contains("a: lifecycle replications 4/4 | b: write"), "a stage replaces its owner's last");
        assertTrue(shown.endsWith("\r\033[K"), "the line is cleared at the end");
    }

    @Test
    void terminalDevicesAreRecognised() {
        assertTrue(StderrTerminal.isTerminalDevice("/dev/pts/3"));
        assertTrue(StderrTerminal.isTerminalDevice("/dev/tty1"));
        assertFalse(StderrTerminal.isTerminalDevice("/tmp/log.txt"));
        assertFalse(StderrTerminal.isTerminalDevice("pipe:[12345]"));
        assertFalse(StderrTerminal.isTerminalDevice("/dev/null"));
    }

    @Test
    void durationsReadAsTime() {
        assertEquals("<1s", TerminalProgress.duration(0.2));
        assertEquals("42s", TerminalProgress.duration(42.2));
        assertEquals("3m05s", TerminalProgress.duration(185));
        assertEquals("2h07m", TerminalProgress.duration(2 * 3600 + 7 * 60 + 10));
    }
}
