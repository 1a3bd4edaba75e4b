package org.cablesim.certificationfiles;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cablesim.catalog.Catalog;
import org.cablesim.certification.AsBuiltData;
import org.cablesim.certification.AsBuiltForecast;
import org.cablesim.certification.ClassPosterior;
import org.cablesim.certification.PredictiveCheck;
import org.cablesim.certification.UpdateSettings;
import org.cablesim.io.CatalogWriter;
import org.cablesim.report.Csv;
import org.cablesim.report.TreeFiles;

/**
 * Writes the as-built update's files (output contract in the README): {@value #CATALOG} (the posterior classes as a
 * catalog file), {@value #POSTERIOR}, {@value #FORECAST_CSV}, {@value #FORECAST_JSON}, {@value #FLAGS} and
 * {@value #UNUSED}.
 */
public final class UpdateFiles {
    public static final String CATALOG = "posterior-catalog.yaml";
    public static final String POSTERIOR = "posterior.csv";
    public static final String FORECAST_CSV = "forecast.csv";
    public static final String FORECAST_JSON = "forecast.json";
    public static final String FLAGS = "flags.csv";
    public static final String UNUSED = "unused.csv";
    /** The model and prior, as written into forecast.json. */
    public static final String MODEL = "Per loss class c, each mated pair's loss is Gamma(shape k_c, mean mu_c); prior"
            + " log mu_c ~ N(log mu0_c, sdLogMean^2), log k_c ~ N(log k0_c, sdLogShape^2) independent, centred on the"
            + " catalog class (mu0, k0 its gamma model). A measured fibre's OLTS loss = fibre attenuation x length +"
            + " sum of its mated pairs' losses + N(0, measurementSdDb^2); an OTDR event = that pair's loss +"
            + " N(0, otdrSdDb^2). Per-pair losses are latent. Fit: one Metropolis-within-Gibbs chain (random-walk"
            + " steps on each latent loss, then on log mu_c and log k_c), steps adapted during burn-in only.";

    private UpdateFiles() {
    }

    /** Writes every file into the existing directory {@code dir}. */
    public static void write(Path dir, Catalog overlay, List<ClassPosterior> posteriors, AsBuiltData data,
            List<PredictiveCheck.Flag> flags, AsBuiltForecast forecast, UpdateSettings settings) throws IOException {
        Files.writeString(dir.resolve(CATALOG), "# Posterior loss classes of cablesim update: add this file to the"
                + " scenario's catalog.files\n# (after the others) so the next run uses them.\n"
                + CatalogWriter.toYaml(overlay), StandardCharsets.UTF_8);
        StringWriter w = new StringWriter();
        Csv csv = new Csv(w);
        csv.row("class", "connections", "prior_mean_db", "prior_shape", "posterior_mean_db", "mean_ci90_low_db",
                "mean_ci90_high_db", "posterior_shape", "shape_ci90_low", "shape_ci90_high", "predictive_mean_db",
                "predictive_p97_db");
        for (ClassPosterior p : posteriors) {
            double[] m = p.meanInterval(0.9);
            double[] k = p.shapeInterval(0.9);
            var entry = overlay.lossClass(p.classId());
            csv.row(p.classId(), p.connections(), r4(p.prior().meanDb()), r4(p.prior().shape()), r4(p.meanDb()),
                    r4(m[0]), r4(m[1]), r4(p.shape()), r4(k[0]), r4(k[1]), entry.meanDb(), entry.maxDb());
        }
        Files.writeString(dir.resolve(POSTERIOR), w.toString(), StandardCharsets.UTF_8);
        write(dir.resolve(FORECAST_CSV), forecast);
        write(dir.resolve(FLAGS), flags);
        w = new StringWriter();
        csv = new Csv(w);
        csv.row("file", "row", "reason");
        for (AsBuiltData.Unused u : data.unused()) {
            csv.row(u.file(), u.row(), u.reason());
        }
        Files.writeString(dir.resolve(UNUSED), w.toString(), StandardCharsets.UTF_8);
        TreeFiles.writeJson(dir.resolve(FORECAST_JSON), summary(posteriors, overlay, data, flags, forecast, settings));
    }

    private static void write(Path file, AsBuiltForecast forecast) throws IOException {
        StringWriter w = new StringWriter();
        Csv csv = new Csv(w);
        csv.row("link", "tier", "pfail_prior", "pfail_posterior");
        for (AsBuiltForecast.LinkForecast l : forecast.links()) {
            csv.row(l.linkId(), l.tier(), sig(l.priorPFail()), sig(l.posteriorPFail()));
        }
        Files.writeString(file, w.toString(), StandardCharsets.UTF_8);
    }

    private static void write(Path file, List<PredictiveCheck.Flag> flags) throws IOException {
        StringWriter w = new StringWriter();
        Csv csv = new Csv(w);
        csv.row("row", "label", "lane", "loss_db", "predictive_low_db", "predictive_high_db", "side");
        for (PredictiveCheck.Flag f : flags) {
            csv.row(f.row(), f.label(), f.lane() == 0 ? "" : f.lane(), f.lossDb(), r4(f.lowDb()), r4(f.highDb()),
                    f.side());
        }
        Files.writeString(file, w.toString(), StandardCharsets.UTF_8);
    }

    private static ObjectNode summary(List<ClassPosterior> posteriors, Catalog overlay, AsBuiltData data,
            List<PredictiveCheck.Flag> flags, AsBuiltForecast forecast, UpdateSettings settings) {
        ObjectNode root = TreeFiles.json().createObjectNode();
        root.put("schemaVersion", 1);
        root.put("model", MODEL);
        ObjectNode s = root.putObject("settings");
        s.put("seed", settings.seed()).put("burnIn", settings.burnIn()).put("samples", settings.samples())
                .put("measurementSdDb", settings.measurementSdDb()).put("otdrSdDb", settings.otdrSdDb())
                .put("sdLogMean", settings.sdLogMean()).put("sdLogShape", settings.sdLogShape())
                .put("predictiveLevel", PredictiveCheck.LEVEL);
        ObjectNode m = root.putObject("measured");
        m.put("fibres", data.placed().size()).put("wholeChannelResults", data.wholeChannels().size())
                .put("linksTested", data.testedLinks().size()).put("rowsUnused", data.unused().size())
                .put("flagged", flags.size());
        ArrayNode classes = root.putArray("classes");
        for (ClassPosterior p : posteriors) {
            ObjectNode c = classes.addObject().put("id", p.classId()).put("connections", p.connections());
            c.putObject("prior").put("meanDb", r4(p.prior().meanDb())).put("shape", r4(p.prior().shape()));
            double[] mi = p.meanInterval(0.9);
            double[] ki = p.shapeInterval(0.9);
            c.putObject("posterior").put("meanDb", r4(p.meanDb())).put("meanCi90Low", r4(mi[0]))
                    .put("meanCi90High", r4(mi[1])).put("shape", r4(p.shape())).put("shapeCi90Low", r4(ki[0]))
                    .put("shapeCi90High", r4(ki[1]));
            c.putObject("predictive").put("meanDb", overlay.lossClass(p.classId()).meanDb())
                    .put("p97Db", overlay.lossClass(p.classId()).maxDb());
        }
        ObjectNode u = root.putObject("untested");
        u.put("links", forecast.links().size()).put("expectedFailingPrior", sig(forecast.priorExpected()))
                .put("expectedFailingPosterior", sig(forecast.posteriorExpected()));
        ObjectNode tiers = u.putObject("byTier");
        for (Map.Entry<String, double[]> t : forecast.byTier().entrySet()) {
            double[] v = t.getValue();
            tiers.putObject(t.getKey()).put("links", (long) v[0]).put("expectedFailingPrior", sig(v[1]))
                    .put("expectedFailingPosterior", sig(v[2])).put("probabilityAnyFailsPrior", sig(v[3]))
                    .put("probabilityAnyFailsPosterior", sig(v[4]));
        }
        return root;
    }

    private static double r4(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    private static double sig(double v) {
        return v == 0 || !Double.isFinite(v) ? v : new java.math.BigDecimal(v).round(new java.math.MathContext(6))
                .doubleValue();
    }
}
