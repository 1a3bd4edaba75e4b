package org.cablesim.optics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Analytic mean, variance, quantiles and survival of every loss family against scipy/mpmath values
 * in references.json (deterministic: no sampling here).
 */
class LossModelReferenceTest {
    /** Closed forms and direct special functions (moments, survival, closed-form quantiles). */
    private static final double EXACT = 1e-9;
    /**
     * Quantiles found by numeric inversion inside Commons Statistics (gamma, truncated normal): the
     * worst observed error is 2e−9 relative, at the truncated normal's p = 1e−6 (mpmath reference).
     */
    private static final double NUMERIC_INVERSION = 1e-8;

    static Stream<JsonNode> distributions() {
        List<JsonNode> list = new ArrayList<>();
        References.root().get("distributions").forEach(list::add);
        return list.stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("distributions")
    void momentsQuantilesAndTailsMatchReferences(JsonNode entry) {
        LossModel model = References.model(entry);
        String name = entry.get("name").asText();
        assertEquals(entry.get("family").asText(), model.family());
        List<String> failures = new ArrayList<>();
        check(failures, name + " mean", model.mean(), entry.get("mean").asDouble(), EXACT);
        check(failures, name + " variance", model.variance(), entry.get("variance").asDouble(), EXACT);
        for (JsonNode q : entry.get("quantiles")) {
            double p = q.get(0).asDouble();
            double tolerance = model instanceof GammaLoss || model instanceof TruncatedNormalLoss ? NUMERIC_INVERSION : EXACT;
            check(failures, name + " quantile(" + p + ")", model.quantile(p), q.get(1).asDouble(), tolerance);
        }
        for (JsonNode s : entry.get("survival")) {
            double x = s.get(0).asDouble();
            check(failures, name + " survival(" + x + ")", model.survival(x), s.get(1).asDouble(), EXACT);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static void check(List<String> failures, String what, double actual, double expected, double tolerance) {
        double err = References.relativeError(actual, expected);
        if (!(err <= tolerance)) {
            failures.add(String.format("%s: %.17g vs reference %.17g (relative error %.2e > %.0e)", what, actual, expected, err, tolerance));
        }
    }
}
