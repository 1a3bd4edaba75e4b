package org.cablesim.catalog;

/**
 * The physical build of one cable, a catalog entry: outer diameter (for pathway fill), minimum bend radius and
 * weight. {@link CableBuilds} says which build a cable takes.
 *
 * @param id             build id, e.g. {@code trunk-144f} or {@code cord-duplex}
 * @param kind           which cables may take the build
 * @param fibres         fibres the build holds at most (0 for copper), ≥ 0
 * @param odMm           outer diameter, millimetres, &gt; 0
 * @param bendRadiusMm   minimum installed (long-term, unloaded) bend radius, millimetres, &gt; 0
 * @param weightKgPerKm  weight, kilograms per kilometre, &gt; 0
 * @param source         provenance note; non-blank ({@code [vendor]} typical datasheet figure, {@code [assume]}
 *                       a planning assumption)
 */
public record CableBuild(String id, Kind kind, int fibres, double odMm, double bendRadiusMm, double weightKgPerKm,
        String source) {
    /** Which cables a build is for. */
    public enum Kind {
        /** Multi-fibre trunk cables between panels. */
        TRUNK,
        /** Patch cords and direct assemblies (duplex or MPO plugs). */
        CORD,
        /** Copper cables (DAC, ACC, AEC). */
        COPPER
    }

    public CableBuild {
        Sources.requireId("cable build", id);
        if (kind == null) {
            throw new IllegalArgumentException(id + ": kind is required");
        }
        if (fibres < 0 || !(odMm > 0) || !(bendRadiusMm > 0) || !(weightKgPerKm > 0) || Double.isInfinite(odMm)
                || Double.isInfinite(bendRadiusMm) || Double.isInfinite(weightKgPerKm)) {
            throw new IllegalArgumentException(id + ": fibres must be >= 0 and OD, bend radius, weight finite > 0");
        }
        source = Sources.requireSource("cable build", id, source);
    }

    /** Cross-section area, square millimetres: π·(OD/2)². */
    public double areaMm2() {
        return Math.PI * odMm * odMm / 4;
    }
}
