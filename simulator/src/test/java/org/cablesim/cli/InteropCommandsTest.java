package org.cablesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cablesim.interop.InteropFixtures;
import org.cablesim.io.LoadedScenario;
import org.cablesim.netbox.NetboxExportBuilder;
import org.cablesim.netbox.NetboxRestShapes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interoperability commands end to end: run --export, export, update and import netbox, with their errors. */
class InteropCommandsTest {
    private static final Path SMALL = InteropFixtures.resource("small.yaml");

    private static Path run(Path dir, String... extra) {
        Path out = dir.resolve("run");
        List<String> args = new ArrayList<>(List.of("run", SMALL.toString(), "--out", out.toString(), "--quiet",
                "--only", "interconnect"));
        args.addAll(List.of(extra));
        CliRunner.Outcome o = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, o.exitCode(), o.err());
        return out;
    }

    @Test
    void exportAfterARunWritesWhatRunExportWrites(@TempDir Path dir) throws IOException {
        Path out = run(dir, "--export", "netbox,test-limits,fabric");
        Path plan = out.resolve("plans/interconnect");
        String limits = Files.readString(plan.resolve("test-limits/test-limits.csv"));
        String graph = Files.readString(plan.resolve("fabric/fabric.graphml"));
        assertTrue(Files.isRegularFile(plan.resolve("netbox/11-cables.csv")));

        CliRunner.Outcome again = CliRunner.run("export", "test-limits,fabric", out.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("already exists"), again.err());

        CliRunner.Outcome forced = CliRunner.run("export", "test-limits,fabric", out.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(forced.out().contains("shared-risk groups; largest:"), forced.out());
        assertEquals(limits, Files.readString(plan.resolve("test-limits/test-limits.csv")));
        assertEquals(graph, Files.readString(plan.resolve("fabric/fabric.graphml")));
    }

    @Test
    void badKindsAndMissingTokenAreBadInput(@TempDir Path dir) {
        Path out = run(dir);
        CliRunner.Outcome kind = CliRunner.run("export", "netbox,graph", out.toString());
        assertEquals(2, kind.exitCode());
        assertTrue(kind.err().contains("unknown export 'graph'"), kind.err());
        if (System.getenv(ExportCommand.TOKEN_VARIABLE) == null) {
            CliRunner.Outcome push = CliRunner.run("export", "netbox", out.toString(), "--netbox-url",
                    "http://127.0.0.1:9");
            assertEquals(2, push.exitCode());
            assertTrue(push.err().contains("NETBOX_TOKEN"), push.err());
        }
        CliRunner.Outcome notResults = CliRunner.run("export", "fabric", dir.toString());
        assertEquals(2, notResults.exitCode());
        assertTrue(notResults.err().contains("is not a results directory"), notResults.err());
    }

    @Test
    void updateWritesPosteriorForecastAndFlags(@TempDir Path dir) throws IOException {
        Path out = run(dir);
        StringBuilder csv = new StringBuilder("label,lane,wavelength_nm,loss_db\n");
        for (int link = 1; link <= 8; link++) {
            for (int lane = 1; lane <= 8; lane++) {
                csv.append(String.format("L%06d,%d,1310,%.3f%n", link, lane, 0.9 + 0.05 * ((link * 7 + lane) % 5)
                        + (link == 2 && lane == 3 ? 4.0 : 0)));
            }
        }
        Path measured = Files.writeString(dir.resolve("tests.csv"), csv);
        CliRunner.Outcome o = CliRunner.run("update", out.toString(), "--measured", measured.toString());
        assertEquals(0, o.exitCode(), o.err());
        Path asBuilt = out.resolve("plans/interconnect/as-built");
        for (String f : List.of("posterior-catalog.yaml", "posterior.csv", "forecast.csv", "forecast.json",
                "flags.csv", "unused.csv")) {
            assertTrue(Files.isRegularFile(asBuilt.resolve(f)), f);
        }
        assertTrue(Files.readString(asBuilt.resolve("flags.csv")).contains("L000002,3,"), "the 4 dB outlier");
        assertEquals(16 - 8 + 1, Files.readAllLines(asBuilt.resolve("forecast.csv")).size());

        Path bad = Files.writeString(dir.resolve("bad.csv"), "label,lane,wavelength_nm,loss_db\nL000001,1,1310,x\n");
        CliRunner.Outcome b = CliRunner.run("update", out.toString(), "--measured", bad.toString(), "--force");
        assertEquals(2, b.exitCode());
        assertTrue(b.err().contains("row 1 loss_db: must be a number, was 'x'"), b.err());
    }

    @Test
    void importNetboxFromADirectory(@TempDir Path dir) throws IOException {
        LoadedScenario s = InteropFixtures.load("small.yaml");
        Path rest = Files.createDirectories(dir.resolve("rest"));
        NetboxRestShapes.write(NetboxExportBuilder.build(s.scenario(), InteropFixtures.route(s, "xconnect")), rest);
        Path out = dir.resolve("imported");
        CliRunner.Outcome o = CliRunner.run("import", "netbox", "--from-dir", rest.toString(), "--out",
                out.toString());
        assertEquals(0, o.exitCode(), o.err());
        assertTrue(o.out().contains("0 object(s) not mapped"), o.out());
        CliRunner.Outcome validate = CliRunner.run("validate", out.resolve("scenario.yaml").toString());
        assertEquals(0, validate.exitCode(), validate.err());
        CliRunner.Outcome missing = CliRunner.run("import", "netbox", "--from-dir", dir.toString(), "--out",
                dir.resolve("x").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("sites.json: missing"), missing.err());
        assertFalse(Files.exists(dir.resolve("x")), "nothing half-written");
    }
}
