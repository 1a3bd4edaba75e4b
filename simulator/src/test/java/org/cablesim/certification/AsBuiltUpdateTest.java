package org.cablesim.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.cablesim.catalog.Catalog;
import org.cablesim.interop.InteropFixtures;
import org.cablesim.io.LoadedScenario;
import org.cablesim.plant.CablingPlan;
import org.junit.jupiter.api.Test;

/**
 * The update on a plan ({@code interop/small.yaml}, plan interconnect: 2 mpo-standard panel adapters per channel):
 * results of the 8 server–leaf links (64 fibres) drawn from connections that lose Gamma(k 2.5, mean 0.5 dB), one
 * fibre contaminated (+3 dB, a dirty MPO), one whole-link result, one retest and one 1550 nm row.
 */
class AsBuiltUpdateTest {
    private static final LoadedScenario SMALL = InteropFixtures.load("small.yaml");

    private static List<OltsResult> results(CablingPlan plan) {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(42L);
        var g = AhrensDieterMarsagliaTsangGammaSampler.of(rng, 2.5, 0.2);
        var n = ZigguratSampler.NormalizedGaussian.of(rng);
        List<OltsResult> out = new ArrayList<>();
        int row = 0;
        for (int sub = 0; sub < 8; sub++) {
            var rc = plan.channel(sub);
            double fibre = rc.fibreLossDb();
            for (int lane = 1; lane <= 8; lane++) {
                double loss = fibre + g.sample() + g.sample() + 0.1 * n.sample() + (sub == 3 && lane == 5 ? 3.0 : 0);
                out.add(new OltsResult(++row, sub % 2 == 0 ? rc.linkId() : "R01-0" + (sub / 4 + 1) + "."
                        + rc.near().label(), lane, 1310, loss));
            }
        }
        out.add(new OltsResult(++row, "L000002", 1, 1310, 9.9));
        out.add(new OltsResult(++row, "L000002", 1, 1310, out.get(8).lossDb()));
        out.add(new OltsResult(++row, "L000009", 0, 1310, 1.2));
        out.add(new OltsResult(++row, "L000010", 2, 1550, 1.0));
        return out;
    }

    @Test
    void updatesFlagsAndForecasts() {
        CablingPlan plan = InteropFixtures.route(SMALL, "interconnect");
        UpdateSettings settings = UpdateSettings.defaults(7);
        Catalog catalog = SMALL.scenario().catalog();
        AsBuiltData data = new AsBuiltData(plan, false, catalog, results(plan), List.of(), settings);
        assertEquals(64, data.placed().size());
        assertEquals(1, data.wholeChannels().size());
        assertEquals(List.of(9, 65, 68), data.unused().stream().map(AsBuiltData.Unused::row).toList(),
                "L000002 lane 1 twice superseded by its retests (rows 65, 66), and the 1550 nm row");
        assertEquals(9, data.testedLinks().size());

        List<ClassPosterior> posteriors = LossClassUpdate.run(data.observations(), data.priors(), settings);
        assertEquals(1, posteriors.size());
        ClassPosterior p = posteriors.get(0);
        assertEquals("mpo-standard", p.classId());
        assertEquals(128, p.connections());
        double[] mean = p.meanInterval(0.9);
        assertTrue(mean[0] > 0.35 && mean[0] < 0.5 && mean[1] > 0.5, "90 % interval of the mean " + mean[0] + " .. "
                + mean[1] + " (prior 0.35, truth 0.5)");

        List<PredictiveCheck.Flag> flags = PredictiveCheck.flags(plan, false, data, posteriors, settings);
        assertTrue(flags.stream().anyMatch(f -> f.row() == 29 && f.side().equals("high")), flags.toString());
        assertTrue(flags.size() <= 2, "at most one false flag (0.1 % of 65 results): " + flags);

        Catalog overlay = PosteriorClasses.overlay(posteriors, settings.seed(), "test");
        assertTrue(overlay.lossClass("mpo-standard").meanDb() > 0.4);
        AsBuiltForecast forecast = AsBuiltForecast.of(SMALL.scenario(), org.cablesim.interop.InteropFixtures.fabric(SMALL), SMALL.scenario().plans()
                .get(0), overlay, data.testedLinks(), 7, 1);
        assertEquals(16 - 9, forecast.links().size());
        assertTrue(forecast.posteriorExpected() > 10 * forecast.priorExpected(), forecast.priorExpected() + " -> "
                + forecast.posteriorExpected());
    }

    @Test
    void anUnknownLabelIsNamedWithItsRow() {
        CablingPlan plan = InteropFixtures.route(SMALL, "interconnect");
        var e = assertThrows(IllegalArgumentException.class, () -> new AsBuiltData(plan, false,
                SMALL.scenario().catalog(), List.of(new OltsResult(3, "L999999", 1, 1310, 1.0)), List.of(),
                UpdateSettings.defaults(1)));
        assertTrue(e.getMessage().startsWith("measured row 3: label 'L999999'"), e.getMessage());
    }

    /*
     * OTDR events separate two classes a channel mixes: cross-connect channels (4 pairs: 2 cross-connect adapters
     * of grade-B, 2 trunk-panel adapters of mpo-standard) with the truth at grade-B mean 0.12 and mpo-standard 0.6;
     * every fibre's events are measured (σ 0.05 dB). Each posterior mean must land within 0.05 dB of its truth.
     */
    @Test
    void otdrEventsSeparateTheClassesOfOneChannel() {
        GammaPrior b = new GammaPrior("grade-B", 0.12, 4.28, 0.5, 0.75);
        GammaPrior s = new GammaPrior("mpo-standard", 0.35, 3.6, 0.5, 0.75);
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(5L);
        var gb = AhrensDieterMarsagliaTsangGammaSampler.of(rng, 4.0, 0.12 / 4);
        var gs = AhrensDieterMarsagliaTsangGammaSampler.of(rng, 3.0, 0.6 / 3);
        var n = ZigguratSampler.NormalizedGaussian.of(rng);
        List<LaneObservation> obs = new ArrayList<>();
        for (int l = 0; l < 60; l++) {
            double[] x = {gb.sample(), gs.sample(), gs.sample(), gb.sample()};
            double[] ev = new double[4];
            double sum = 0;
            for (int j = 0; j < 4; j++) {
                ev[j] = x[j] + 0.05 * n.sample();
                sum += x[j];
            }
            obs.add(new LaneObservation("f" + l, 0.01, 0.01 + sum + 0.1 * n.sample(),
                    List.of("grade-B", "mpo-standard", "mpo-standard", "grade-B"), ev));
        }
        List<ClassPosterior> post = LossClassUpdate.run(obs, java.util.Map.of("grade-B", b, "mpo-standard", s),
                UpdateSettings.defaults(3));
        assertEquals(0.12, post.get(0).meanDb(), 0.05);
        assertEquals(0.6, post.get(1).meanDb(), 0.05);
    }
}
