package org.cablesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cablesim.io.CatalogReader;
import org.cablesim.scenario.InvalidInputException;
import org.cablesim.io.LoadedScenario;
import org.cablesim.io.ScenarioLoader;
import org.cablesim.netbox.NetboxException;
import org.cablesim.netbox.NetboxExportBuilder;
import org.cablesim.netbox.NetboxImport;
import org.cablesim.netbox.NetboxSnapshot;
import org.cablesim.netbox.Unmapped;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.ShortestTrayRouter;
import org.cablesim.report.TreeFiles;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cablesim import netbox (--url URL | --from-dir DIR)}: writes a scenario, a catalog overlay and the list
 * of what could not be mapped, then routes the imported scenario and compares it with the site (devices, cables,
 * panels); differences are added to the list.
 */
@Command(name = "netbox", mixinStandardHelpOptions = true,
        description = "Import a NetBox site's racks, devices, panels and cables into a scenario and catalog overlay.")
final class ImportNetboxCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static final class Source {
        @Option(names = "--url", paramLabel = "URL", description = "a NetBox (token from $NETBOX_TOKEN)")
        URI url;

        @Option(names = "--from-dir", paramLabel = "DIR", description = "saved NetBox REST responses: sites.json,"
                + " racks.json, devices.json, interfaces.json, front-ports.json, rear-ports.json, cables.json")
        Path dir;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--site", paramLabel = "SLUG", description = "the site to import (needed when there are several)")
    String site;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: results/imports/<site>)")
    Path out;

    @Option(names = "--force", description = "replace the --out directory if cablesim wrote it")
    boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        NetboxSnapshot snapshot;
        try {
            if (source.url != null) {
                String token = System.getenv(ExportCommand.TOKEN_VARIABLE);
                if (token == null || token.isBlank()) {
                    err.println("error: --url: set the API token in $" + ExportCommand.TOKEN_VARIABLE);
                    return ExitCodes.BAD_INPUT;
                }
                snapshot = NetboxSnapshot.fromUrl(source.url, token, site);
            } else {
                snapshot = NetboxSnapshot.fromDir(source.dir, site);
            }
        } catch (NetboxException e) {
            err.println("error: " + e.getMessage());
            return source.url != null && !e.getMessage().contains("site") ? ExitCodes.INTERNAL_ERROR
                    : ExitCodes.BAD_INPUT;
        }
        NetboxImport.Result result;
        try {
            result = NetboxImport.of(snapshot, CatalogReader.builtIn());
        } catch (NetboxException e) {
            err.println("error: cannot import the site: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        String name = result.scenario().path("name").asText();
        OutputDirectory output;
        try {
            output = OutputDirectory.choose(out, force, Path.of("results", "imports"), name, null);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        String sha = org.cablesim.io.Sha256.ofBytes(TreeFiles.yamlText(result.scenario())
                .getBytes(StandardCharsets.UTF_8));
        List<Unmapped> unmapped = new ArrayList<>(result.unmapped());
        try (StagingCleanup cleanup = output.createStaging(Version.current(), sha)) {
            NetboxImport.write(result, cleanup.path());
            LoadedScenario loaded;
            try {
                loaded = ScenarioLoader.load(cleanup.path().resolve(NetboxImport.SCENARIO));
            } catch (InvalidInputException e) {
                err.println("error: the scenario inferred from the site is not valid:");
                e.problems().forEach(p -> err.println("  " + p));
                return ExitCodes.BAD_INPUT;
            }
            unmapped.addAll(check(loaded, result));
            NetboxImport.writeUnmapped(unmapped, cleanup.path().resolve(NetboxImport.UNMAPPED));
            output.commit(cleanup.path());
            cleanup.committed();
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("imported NetBox site " + snapshot.site().path("name").asText() + ": "
                + result.site().devices().size() + " devices, " + result.site().cables().size() + " cables");
        o.println("scenario: " + output.target().resolve(NetboxImport.SCENARIO));
        o.println(unmapped.size() + " object(s) not mapped or assumed: " + output.target().resolve(NetboxImport.UNMAPPED));
        unmapped.stream().limit(10).forEach(u -> o.println("  " + u.object() + " " + u.name() + ": " + u.reason()));
        return ExitCodes.OK;
    }

    /** The imported scenario routed and exported again, compared with the site it came from. */
    private static List<Unmapped> check(LoadedScenario loaded, NetboxImport.Result result) {
        var plan = loaded.scenario().plans().get(0);
        CablingPlan routed = new ShortestTrayRouter().route(fabricOf(loaded), loaded.scenario().floor(),
                loaded.scenario().catalog(), plan);
        var again = NetboxExportBuilder.build(loaded.scenario(), routed);
        List<Unmapped> out = new ArrayList<>();
        compare(out, "devices", result.site().devices().size(), again.devices().size());
        compare(out, "cables", result.site().cables().size(), again.cables().size());
        return out;
    }

    private static void compare(List<Unmapped> out, String what, long site, long scenario) {
        if (site != scenario) {
            out.add(new Unmapped("check", "", what, "the site has " + site + ", the imported scenario's plan "
                    + scenario + " (objects the plan cannot express, or plant cablesim lays out differently)"));
        }
    }


    private static org.cablesim.topology.LogicalFabric fabricOf(LoadedScenario loaded) {
        try {
            return org.cablesim.study.StudyPreparation.prepare(loaded.scenario(), loaded.sweepPoints()).fabric();
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the imported scenario cannot be prepared: " + e.getMessage(), e);
        }
    }
}
