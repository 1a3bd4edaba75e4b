package org.cablesim.certification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablesim.random.RandomStreams;

/**
 * The Bayesian update of loss classes from measured fibres (model in {@link MetropolisWithinGibbs}, priors in
 * {@link GammaPrior}): one chain from the named stream ({@code "as-built-update"}, {@code "chain"}) of the
 * settings' seed, so the result is a pure function of the data, priors and settings.
 */
public final class LossClassUpdate {
    /** Random-stream purpose of the chain. */
    public static final String STREAM = "as-built-update";

    private LossClassUpdate() {
    }

    /**
     * @param observations measured fibres (at least one)
     * @param priors       the prior of every class the observations cross
     * @param settings     chain length, noise, seed
     * @return one posterior per class the observations cross, in order of first appearance
     * @throws IllegalArgumentException when an observation crosses a class without a prior
     */
    public static List<ClassPosterior> run(List<LaneObservation> observations, Map<String, GammaPrior> priors,
            UpdateSettings settings) {
        if (observations.isEmpty()) {
            throw new IllegalArgumentException("no measured fibre to update from");
        }
        Map<String, Integer> connections = new LinkedHashMap<>();
        for (LaneObservation o : observations) {
            for (String c : o.classes()) {
                if (!priors.containsKey(c)) {
                    throw new IllegalArgumentException(o.key() + ": no prior for loss class " + c);
                }
                connections.merge(c, 1, Integer::sum);
            }
        }
        List<String> ids = new ArrayList<>(connections.keySet());
        GammaPrior[] p = ids.stream().map(priors::get).toArray(GammaPrior[]::new);
        double[][][] draws = new MetropolisWithinGibbs(observations, ids, p, settings).run(
                RandomStreams.of(settings.seed()).stream(STREAM, "chain", 0), settings.burnIn(), settings.samples());
        List<ClassPosterior> out = new ArrayList<>();
        for (int c = 0; c < ids.size(); c++) {
            out.add(new ClassPosterior(p[c], draws[c][0], draws[c][1], connections.get(ids.get(c))));
        }
        return out;
    }
}
