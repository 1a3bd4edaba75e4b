package org.cablesim.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * A cassette (conversion or breakout module) that sits in a patch panel: trunk legs plug into its rear, cords
 * into its front. Each cassette adds one mated pair to every lane it carries (rear adapter plus front adapter
 * instead of one panel adapter).
 *
 * @param id               catalog id, e.g. {@code conv-2xMPO12-3xMPO8}
 * @param conversion       the fibre map
 * @param rearConnectorId  connector of the rear (trunk-side) plugs: MPO-12 for 2×12→3×8, MPO-16 for 16→2×8,
 *                         an array connector for the universal transitions
 * @param frontConnectorId connector of the front (equipment-side) plugs: MPO-8, or LC-duplex for universal
 * @param frontPorts       front ports per cassette, ≥ 1 (3 for 2×12→3×8, 2 for 16→2×8, fibres/2 for universal, the
 *                         harness's legs for a harness cassette)
 * @param harnessId        for {@link CassetteConversion#HARNESS}: the catalog harness whose fibre map the cassette
 *                         carries (its common plug at the rear, its legs at the front); empty otherwise
 * @param source           provenance note; non-blank
 */
public record CassetteType(String id, CassetteConversion conversion, String rearConnectorId, String frontConnectorId,
        int frontPorts, Optional<String> harnessId, String source) {
    /** A cassette with a built-in fibre map (no harness). */
    public CassetteType(String id, CassetteConversion conversion, String rearConnectorId, String frontConnectorId,
            int frontPorts, String source) {
        this(id, conversion, rearConnectorId, frontConnectorId, frontPorts, Optional.empty(), source);
    }

    public CassetteType {
        Objects.requireNonNull(harnessId, "harnessId");
        if (conversion == CassetteConversion.HARNESS && harnessId.isEmpty()) {
            throw new IllegalArgumentException("a harness cassette names its harness");
        }
        if (conversion != CassetteConversion.HARNESS && harnessId.isPresent()) {
            throw new IllegalArgumentException("only a harness cassette (conversion: harness) names a harness");
        }
        harnessId.ifPresent(h -> Sources.requireId("harness", h));
        Sources.requireId("cassette", id);
        if (conversion == null) {
            throw new IllegalArgumentException("conversion must be set");
        }
        Sources.requireId("connector", rearConnectorId);
        Sources.requireId("connector", frontConnectorId);
        if (frontPorts < 1 || frontPorts > 64) {
            throw new IllegalArgumentException("frontPorts must be in 1..64, was " + frontPorts);
        }
        if (conversion.fixedFrontPorts() > 0 && frontPorts != conversion.fixedFrontPorts()) {
            throw new IllegalArgumentException(conversion + " has " + conversion.fixedFrontPorts()
                    + " front ports, was " + frontPorts);
        }
        source = Sources.requireSource("cassette", id, source);
    }

    /** Trunk legs plugged into the rear of one cassette. */
    public int rearPorts() {
        return conversion.rearPorts();
    }
}
