package org.cablesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.EmpiricalDistribution;
import org.cablesim.stats.Family;
import org.cablesim.stats.HistogramDistribution;

/**
 * Reads the measurements of an {@code empirical} or {@code histogram} loss class: per-fibre insertion losses, e.g.
 * copied from factory test reports, as {@code samplesDb: [...]} or {@code histogram: {edgesDb: [...], counts:
 * [...]}}.
 */
final class LossClassData {
    /** Fewest measurements a class may be built from: a handful of numbers is not a population. */
    static final int MIN_SAMPLES = 10;

    private LossClassData() {
    }

    /** The measured distribution, or null when anything is wrong (reported). */
    static Distribution measured(Fields f, Family family) {
        int before = f.problems().size();
        if (family == Family.EMPIRICAL) {
            double[] samples = numbers(f, f.list("samplesDb", true), "samplesDb", false);
            if (samples != null && samples.length < MIN_SAMPLES) {
                f.problems().add(f.pathOf("samplesDb"), "needs at least " + MIN_SAMPLES + " measurements, was "
                        + samples.length);
            }
            return f.problems().size() > before || samples == null ? null : new EmpiricalDistribution(samples);
        }
        Fields h = f.object("histogram", true, HISTOGRAM_FIELDS);
        double[] edges = numbers(h, h.list("edgesDb", true), "edgesDb", true);
        List<Integer> counts = h.intList("counts", true, 0, Integer.MAX_VALUE);
        if (edges == null || counts == null) {
            return null;
        }
        if (edges.length != counts.size() + 1) {
            f.problems().add(h.pathOf("edgesDb"), "needs one more edge than counts (" + counts.size() + "), was "
                    + edges.length);
        } else if (counts.stream().mapToLong(Integer::longValue).sum() < MIN_SAMPLES) {
            f.problems().add(h.pathOf("counts"), "needs at least " + MIN_SAMPLES + " measurements in all");
        }
        if (f.problems().size() > before) {
            return null;
        }
        try {
            return new HistogramDistribution(edges, counts.stream().mapToLong(Integer::longValue).toArray());
        } catch (IllegalArgumentException e) {
            f.problems().add(h.pathOf("edgesDb"), e.getMessage());
            return null;
        }
    }

    static final String[] HISTOGRAM_FIELDS = {"edgesDb", "counts"};

    private static double[] numbers(Fields f, List<JsonNode> elements, String name, boolean increasing) {
        if (elements == null) {
            return null;
        }
        List<Double> values = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < elements.size(); i++) {
            String at = TreePath.index(f.pathOf(name), i);
            Double v = Values.toDouble(elements.get(i), at, f.problems(), DoubleRange.closed(0, 100));
            ok &= v != null;
            if (v != null && increasing && !values.isEmpty() && values.get(values.size() - 1) != null
                    && !(v > values.get(values.size() - 1))) {
                f.problems().add(at, "edges must be strictly increasing, was " + DoubleRange.number(v) + " after "
                        + DoubleRange.number(values.get(values.size() - 1)));
                ok = false;
            }
            values.add(v);
        }
        return ok ? values.stream().mapToDouble(Double::doubleValue).toArray() : null;
    }
}
