package org.cablesim.study;

import java.util.Map;
import java.util.Objects;

/**
 * Where a result came from: enough to reproduce it byte for byte.
 *
 * @param version        cablesim version that produced the result
 * @param scenarioSha256 SHA-256 (hex) of the scenario file's bytes
 * @param inputSha256    SHA-256 (hex) of every other input file (user catalogs), keyed by the path as written
 * @param rngAlgorithm   name of the random generator every stream uses
 */
public record Provenance(String version, String scenarioSha256, Map<String, String> inputSha256, String rngAlgorithm) {
    public Provenance {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(scenarioSha256, "scenarioSha256");
        inputSha256 = Map.copyOf(inputSha256);
        Objects.requireNonNull(rngAlgorithm, "rngAlgorithm");
    }
}
