package org.cablesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.cablesim.netbox.NetboxPush;
import org.cablesim.netbox.PushReport;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.ShortestTrayRouter;
import org.cablesim.report.ResultFiles;
import org.cablesim.scenario.PlanSpec;
import org.cablesim.study.PlanLoss;
import org.cablesim.study.PlanLossEstimator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cablesim export KINDS RESULTS_DIR}: writes the NetBox, test-limit or fabric export of a finished run's
 * plans into {@code plans/<plan>/<kind>/}, recomputing the plant and the loss estimate from the run's scenario and
 * seed (identical to the run's), and optionally pushes the NetBox export through its REST API.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a finished run's plans: NetBox import files, certification test limits, fabric graph.")
final class ExportCommand implements Callable<Integer> {
    /** Environment variable holding the NetBox API token (never read from the command line or a file). */
    static final String TOKEN_VARIABLE = "NETBOX_TOKEN";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KINDS", description = "comma-separated: netbox, test-limits, fabric")
    String kinds;

    @Parameters(index = "1", paramLabel = "RESULTS_DIR", description = "output directory of cablesim run")
    Path results;

    @Option(names = "--scenario", paramLabel = "FILE", description = "the run's scenario file (needed when it names"
            + " catalog files; checked against summary.json's SHA-256)")
    Path scenarioFile;

    @Option(names = "--plan", paramLabel = "NAME", description = "export only this plan (default: every plan run)")
    String plan;

    @Option(names = "--force", description = "replace exports cablesim wrote there before")
    boolean force;

    @Option(names = "--netbox-url", paramLabel = "URL", description = "push the NetBox export to this NetBox "
            + "(token from $" + TOKEN_VARIABLE + "); idempotent, safe to re-run after a failure")
    URI netboxUrl;

    @Option(names = "--threads", paramLabel = "N", description = "loss-engine threads (results do not depend on it)")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EnumSet<PlanExports.Kind> wanted;
        try {
            wanted = PlanExports.parse(kinds);
        } catch (IllegalArgumentException e) {
            err.println("error: KINDS: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        String token = System.getenv(TOKEN_VARIABLE);
        if (netboxUrl != null && (!wanted.contains(PlanExports.Kind.NETBOX) || token == null || token.isBlank())) {
            err.println("error: --netbox-url: " + (wanted.contains(PlanExports.Kind.NETBOX)
                    ? "set the API token in $" + TOKEN_VARIABLE : "needs the netbox export in KINDS"));
            return ExitCodes.BAD_INPUT;
        }
        ResultsInput input = ResultsInput.load(results, scenarioFile, err);
        if (input == null) {
            return ExitCodes.BAD_INPUT;
        }
        List<String> plans = plan == null ? input.plans() : List.of(plan);
        if (!input.plans().containsAll(plans)) {
            err.println("error: --plan: '" + plan + "' is not among the run's plans " + input.plans());
            return ExitCodes.BAD_INPUT;
        }
        Map<String, Path> targets = new TreeMap<>();
        for (String name : plans) {
            for (PlanExports.Kind kind : wanted) {
                Path target = ResultFiles.planDirectory(results, name).resolve(kind.id());
                if (ExportTarget.choose(target, force, scenarioFile, err, "an earlier export") == null) {
                    return ExitCodes.BAD_INPUT;
                }
                targets.put(name + "/" + kind.id(), target);
            }
        }
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        var scenario = input.loaded().scenario();
        int code = ExitCodes.OK;
        for (String name : plans) {
            PlanSpec spec = scenario.plans().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
            CablingPlan routed = new ShortestTrayRouter().route(input.fabric(), scenario.floor(),
                    scenario.catalog(), spec);
            PlanLoss loss = new PlanLossEstimator(scenario.montecarlo(), threadCount).estimate(routed, input.seed());
            for (PlanExports.Kind kind : wanted) {
                Path target = targets.get(name + "/" + kind.id());
                OutputDirectory output = OutputDirectory.choose(target, force, null, null, scenarioFile);
                List<String> lines;
                try (StagingCleanup cleanup = output.createStaging(Version.current(),
                        input.loaded().scenarioSha256())) {
                    lines = PlanExports.write(kind, scenario, routed, loss, input.seed(), cleanup.path());
                    output.commit(cleanup.path());
                    cleanup.committed();
                }
                lines.forEach(out::println);
                out.println("wrote " + target);
            }
            if (netboxUrl != null) {
                PushReport report = new NetboxPush(netboxUrl, token).push(PlanExports.netbox(scenario, routed));
                out.println(NetboxPushText.summary(name, report));
                if (!report.complete()) {
                    err.println("error: NetBox push of plan " + name + " stopped: " + report.failure().get());
                    err.println("the objects created so far are listed above; fix the cause and run the same"
                            + " command again: it creates only what is missing");
                    code = ExitCodes.INTERNAL_ERROR;
                }
            }
        }
        return code;
    }
}
