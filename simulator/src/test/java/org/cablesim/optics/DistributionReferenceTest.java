package org.cablesim.optics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cablesim.stats.Distribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Analytic mean, variance, quantiles and survival of every loss family against scipy/mpmath values
 * in references.json (deterministic: no sampling here).
 */
class DistributionReferenceTest {
    /**
     * Relative tolerance for everything, closed form or numeric (gamma quantiles are inverted inside
     * Commons Statistics, truncated-normal quantiles by {@code stats.TruncatedStandardNormal}); the worst
     * observed errors are 1.6e−10 (truncated-normal variance at μ/σ = −30) and 1.6e−12 (gamma quantile).
     */
    private static final double TOLERANCE = 1e-9;

    static Stream<JsonNode> distributions() {
        List<JsonNode> list = new ArrayList<>();
        References.root().get("distributions").forEach(list::add);
        return list.stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("distributions")
    void momentsQuantilesAndTailsMatchReferences(JsonNode entry) {
        Distribution model = References.model(entry);
        String name = entry.get("name").asText();
        assertEquals(entry.get("family").asText(), model.family().id());
        List<String> failures = new ArrayList<>();
        check(failures, name + " mean", model.mean(), entry.get("mean").asDouble(), TOLERANCE);
        check(failures, name + " variance", model.variance(), entry.get("variance").asDouble(), TOLERANCE);
        for (JsonNode q : entry.get("quantiles")) {
            double p = q.get(0).asDouble();
            check(failures, name + " quantile(" + p + ")", model.quantile(p), q.get(1).asDouble(), TOLERANCE);
        }
        for (JsonNode s : entry.get("survival")) {
            double x = s.get(0).asDouble();
            check(failures, name + " survival(" + x + ")", model.survival(x), s.get(1).asDouble(), TOLERANCE);
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
