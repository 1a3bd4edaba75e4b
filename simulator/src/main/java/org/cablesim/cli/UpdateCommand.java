package org.cablesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cablesim.catalog.Catalog;
import org.cablesim.certification.AsBuiltData;
import org.cablesim.certification.AsBuiltForecast;
import org.cablesim.certification.ClassPosterior;
import org.cablesim.certification.LossClassUpdate;
import org.cablesim.certification.OltsResult;
import org.cablesim.certification.OtdrEvent;
import org.cablesim.certification.PosteriorClasses;
import org.cablesim.certification.PredictiveCheck;
import org.cablesim.certification.UpdateSettings;
import org.cablesim.certificationfiles.MeasuredFiles;
import org.cablesim.certificationfiles.UpdateFiles;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.ShortestTrayRouter;
import org.cablesim.report.ResultFiles;
import org.cablesim.scenario.PlanSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cablesim update RESULTS_DIR --measured tests.csv [--otdr events.csv]}: updates the plan's loss classes from
 * as-built test results (Bayesian, see {@link UpdateFiles#MODEL}), writes the posterior classes as a catalog file,
 * re-forecasts the untested links and flags results outside their posterior predictive 99.9 %, into
 * {@code plans/<plan>/as-built/}.
 */
@Command(name = "update", mixinStandardHelpOptions = true,
        description = "Update loss classes from measured test results; re-forecast the untested links.")
final class UpdateCommand implements Callable<Integer> {
    static final String DIRECTORY = "as-built";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "output directory of cablesim run")
    Path results;

    @Option(names = "--measured", paramLabel = "FILE", required = true, description = "OLTS results CSV: label, "
            + "lane, wavelength_nm, loss_db")
    Path measured;

    @Option(names = "--otdr", paramLabel = "FILE", description = "OTDR events CSV: label, lane, event, loss_db, "
            + "reflectance_db")
    Path otdr;

    @Option(names = "--plan", paramLabel = "NAME", description = "the plan that was built (default: the only plan run)")
    String plan;

    @Option(names = "--scenario", paramLabel = "FILE", description = "the run's scenario file (when it names catalog"
            + " files)")
    Path scenarioFile;

    @Option(names = "--seed", paramLabel = "N", description = "seed of the chain (default: the run's)")
    Long seed;

    @Option(names = "--measurement-sd-db", paramLabel = "DB", defaultValue = "0.1",
            description = "OLTS measurement noise, dB (default: ${DEFAULT-VALUE})")
    double measurementSdDb;

    @Option(names = "--otdr-sd-db", paramLabel = "DB", defaultValue = "0.05",
            description = "OTDR event-loss noise, dB (default: ${DEFAULT-VALUE})")
    double otdrSdDb;

    @Option(names = "--force", description = "replace an earlier as-built/ directory cablesim wrote")
    boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ResultsInput input = ResultsInput.load(results, scenarioFile, err);
        if (input == null) {
            return ExitCodes.BAD_INPUT;
        }
        String name = plan != null ? plan : input.plans().size() == 1 ? input.plans().get(0) : null;
        if (name == null || !input.plans().contains(name)) {
            err.println("error: --plan: " + (name == null ? "the run has several plans " + input.plans()
                    + "; name the one that was built" : "'" + name + "' is not among " + input.plans()));
            return ExitCodes.BAD_INPUT;
        }
        var scenario = input.loaded().scenario();
        PlanSpec spec = scenario.plans().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        CablingPlan routed = new ShortestTrayRouter().route(input.fabric(), scenario.floor(),
                scenario.catalog(), spec);
        boolean countMdi = scenario.montecarlo().countTransceiverMatedPairs();
        UpdateSettings settings;
        AsBuiltData data;
        try {
            settings = new UpdateSettings(seed != null ? seed : input.seed(), 2000, 4000, measurementSdDb, otdrSdDb,
                    org.cablesim.certification.GammaPrior.SD_LOG_MEAN,
                    org.cablesim.certification.GammaPrior.SD_LOG_SHAPE);
            List<OltsResult> olts = MeasuredFiles.olts(existing(measured, "--measured"));
            List<OtdrEvent> events = otdr == null ? List.of() : MeasuredFiles.otdr(existing(otdr, "--otdr"));
            data = new AsBuiltData(routed, countMdi, scenario.catalog(), olts, events, settings);
            if (data.placed().isEmpty()) {
                throw new IllegalArgumentException("--measured: no usable per-fibre result (see the reasons: "
                        + data.unused().stream().map(u -> "row " + u.row() + ": " + u.reason()).limit(3).toList()
                        + ")");
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Path target = ResultFiles.planDirectory(results, name).resolve(DIRECTORY);
        OutputDirectory output = ExportTarget.choose(target, force, scenarioFile, err, "an earlier update");
        if (output == null) {
            return ExitCodes.BAD_INPUT;
        }
        List<ClassPosterior> posteriors = LossClassUpdate.run(data.observations(), data.priors(), settings);
        List<PredictiveCheck.Flag> flags = PredictiveCheck.flags(routed, countMdi, data, posteriors, settings);
        Catalog overlay = PosteriorClasses.overlay(posteriors, settings.seed(), "plan " + name + " of scenario "
                + scenario.name());
        AsBuiltForecast forecast = AsBuiltForecast.of(scenario, input.fabric(), spec, overlay,
                data.testedLinks(), input.seed(), Runtime.getRuntime().availableProcessors());
        try (StagingCleanup cleanup = output.createStaging(Version.current(), input.loaded().scenarioSha256())) {
            UpdateFiles.write(cleanup.path(), overlay, posteriors, data, flags, forecast, settings);
            output.commit(cleanup.path());
            cleanup.committed();
        }
        print(posteriors, overlay, data, flags, forecast, target);
        return ExitCodes.OK;
    }

    private static Path existing(Path file, String option) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(option + ": '" + file + "' does not exist or is not a regular file");
        }
        return file;
    }

    private void print(List<ClassPosterior> posteriors, Catalog overlay, AsBuiltData data,
            List<PredictiveCheck.Flag> flags, AsBuiltForecast forecast, Path target) {
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%d fibres of %d links used (%d rows set aside)%n", data.placed().size(),
                data.testedLinks().size(), data.unused().size());
        for (ClassPosterior p : posteriors) {
            double[] m = p.meanInterval(0.9);
            o.printf(Locale.ROOT, "%s: mean %.3f dB (prior %.3f; 90 %% %.3f..%.3f), shape %.2f (prior %.2f);"
                    + " next runs use mean %.3f, p97 %.3f dB%n", p.classId(), p.meanDb(), p.prior().meanDb(), m[0],
                    m[1], p.shape(), p.prior().shape(), overlay.lossClass(p.classId()).meanDb(),
                    overlay.lossClass(p.classId()).maxDb());
        }
        o.printf(Locale.ROOT, "untested links: %d; expected failing %.4g (prior) -> %.4g (posterior)%n",
                forecast.links().size(), forecast.priorExpected(), forecast.posteriorExpected());
        o.printf(Locale.ROOT, "%d result(s) outside the posterior predictive %.1f %%%n", flags.size(),
                100 * PredictiveCheck.LEVEL);
        flags.stream().limit(10).forEach(f -> o.printf(Locale.ROOT, "  row %d %s lane %d: %.3f dB (%s; expected"
                + " %.3f..%.3f)%n", f.row(), f.label(), f.lane(), f.lossDb(), f.side(), f.lowDb(), f.highDb()));
        o.println("wrote " + target);
    }
}
