package org.cablesim.optics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.EmpiricalDistribution;
import org.cablesim.stats.HistogramDistribution;

/**
 * Reference values computed once by {@code make_references.py} (scipy/mpmath) and stored in
 * {@code references.json} next to it; every entry names the call that produced it.
 */
final class References {
    private static final JsonNode ROOT = load();

    private References() {
    }

    private static JsonNode load() {
        try (InputStream in = References.class.getResourceAsStream("/org/cablesim/optics/references.json")) {
            if (in == null) {
                throw new IllegalStateException("references.json missing from test resources");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode root() {
        return ROOT;
    }

    static Map<String, Double> doubles(JsonNode object) {
        Map<String, Double> out = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asDouble()));
        return out;
    }

    static double[] doubleArray(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    /** Builds the model a "distributions" entry describes. */
    static Distribution model(JsonNode entry) {
        String family = entry.get("family").asText();
        return switch (family) {
            case "empirical" -> new EmpiricalDistribution(doubleArray(entry.get("samplesDb")));
            case "histogram" -> {
                JsonNode c = entry.get("counts");
                long[] counts = new long[c.size()];
                for (int i = 0; i < counts.length; i++) {
                    counts[i] = c.get(i).asLong();
                }
                yield new HistogramDistribution(doubleArray(entry.get("edgesDb")), counts);
            }
            default -> LossModels.fromParameters(family, doubles(entry.get("parameters")));
        };
    }

    /** Relative error |actual/expected − 1|, or the absolute error when expected is 0. */
    static double relativeError(double actual, double expected) {
        return expected == 0 ? Math.abs(actual) : Math.abs(actual / expected - 1);
    }
}
