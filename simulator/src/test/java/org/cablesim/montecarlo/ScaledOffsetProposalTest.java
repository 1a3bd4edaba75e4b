package org.cablesim.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cablesim.optics.GaussianBeamMpoLoss;
import org.cablesim.optics.MarcuseOverlap;
import org.junit.jupiter.api.Test;

/** The proposal's own Gaussian-beam draw has the optics model's law. */
class ScaledOffsetProposalTest {
    @Test
    void marcuseFormulaMatchesOptics() {
        double k0n = 2 * Math.PI / 1.31 * GaussianBeamMpoLoss.SILICA_INDEX;
        double expected = MarcuseOverlap.lossDb(1310, GaussianBeamMpoLoss.SILICA_INDEX, 9.0, 9.4, 1.3, 0.004);
        double s = Math.sin(0.004);
        assertEquals(expected, ScaledOffsetProposal.marcuseDb(k0n * k0n, 4.5 * 4.5, 4.7 * 4.7, 1.69, s * s), 1e-12);
    }

    /**
     * With the budget unreachable by the mean the nominal component is the only one (scale 1 ⇒ ratio 1); the
     * per-position mean loss of the proposal's draw then equals the model's exact meanAtPosition within 4
     * standard errors (false-failure rate ≈ 6e−5 per position, 12 positions).
     */
    @Test
    void nominalDrawHasTheModelsPerPositionMeans() {
        GaussianBeamMpoLoss model = GaussianBeamMpoLoss.singleMode1310().withRotationSdRad(2e-3).withTiltSdRad(0.002);
        LinkClass c = Channels.of("gb", 1, model, 12, 12, 0, 0.01); // budget below the mean ⇒ s* = 1
        assertEquals(1, ScaledOffsetProposal.targetScale(c));
        ScaledOffsetProposal proposal = ScaledOffsetProposal.of(c);
        assertEquals(1, proposal.scales().length);
        var rng = org.cablesim.random.RandomStreams.of(3).stream("test", "", 0);
        ScaledOffsetProposal.Sampler sampler = proposal.new Sampler(rng);
        int n = 100_000;
        double[] sum = new double[12];
        double[] sumSq = new double[12];
        double[] buffer = new double[12];
        for (int i = 0; i < n; i++) {
            sampler.drawNominal(buffer);
            for (int p = 0; p < 12; p++) {
                sum[p] += buffer[p];
                sumSq[p] += buffer[p] * buffer[p];
            }
        }
        for (int p = 0; p < 12; p++) {
            double mean = sum[p] / n;
            double sd = Math.sqrt(sumSq[p] / n - mean * mean);
            assertEquals(model.meanAtPosition(p, 12), mean, 4 * sd / Math.sqrt(n), "position " + p);
        }
    }
}
