package org.cablesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Conventions of a mature command line: version with commit, shell completion, manual pages. */
class CliConventionsTest {
    @TempDir
    Path temp;

    /** Every command and subcommand, as "run", "bench kernel", …. */
    private static List<String> allCommands() {
        List<String> names = new ArrayList<>();
        collect(new CommandLine(new Main()), "", names);
        return names;
    }

    private static void collect(CommandLine command, String prefix, List<String> names) {
        command.getSubcommands().forEach((name, sub) -> {
            names.add(prefix + name);
            collect(sub, prefix + name + " ", names);
        });
    }

    @Test
    void versionPrintsVersionAndCommit() {
        CliRunner.Outcome outcome = CliRunner.run("--version");
        assertEquals(ExitCodes.OK, outcome.exitCode());
        String first = outcome.out().lines().findFirst().orElseThrow();
        assertTrue(first.matches("cablesim \\S+ \\(commit ([0-9a-f]{7,40}|unknown)\\)"), first);
        assertEquals(Version.current(), first.split(" ")[1]);
    }

    @Test
    void completionMentionsEveryCommand() {
        CliRunner.Outcome outcome = CliRunner.run("completion");
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.err());
        String script = outcome.out();
        assertTrue(script.contains("complete -F _complete_cablesim"), "a bash completion script");
        List<String> commands = allCommands();
        assertTrue(commands.contains("bench lifecycle") && commands.contains("completion"), commands.toString());
        for (String command : commands) {
            String last = command.substring(command.lastIndexOf(' ') + 1);
            assertTrue(script.contains(last), "completion lacks '" + command + "'");
        }
        for (String option : new String[] {"--no-work-limit", "--progress", "--force", "--format"}) {
            assertTrue(script.contains(option), option);
        }
    }

    @Test
    void manPagesCoverEveryCommand() throws Exception {
        CliRunner.Outcome single = CliRunner.run("man");
        assertEquals(ExitCodes.OK, single.exitCode(), single.err());
        assertTrue(single.out().contains("= cablesim(1)"), single.out());
        Path dir = temp.resolve("man");
        CliRunner.Outcome pages = CliRunner.run("man", "--out", dir.toString());
        assertEquals(ExitCodes.OK, pages.exitCode(), pages.err());
        for (String command : allCommands()) {
            if (command.equals("help")) {
                continue;
            }
            Path page = dir.resolve("cablesim-" + command.replace(' ', '-') + ".adoc");
            assertTrue(Files.isRegularFile(page), "no manual page " + page.getFileName());
        }
    }
}
