package org.cablesim.catalog;

import java.util.List;

/**
 * The physical build of one cable: outer diameter (for pathway fill), minimum bend radius and weight.
 *
 * @param id             build id, e.g. {@code trunk-144f} or {@code cord-duplex}
 * @param fibres         fibres the build holds at most (0 for copper), ≥ 0
 * @param odMm           outer diameter, millimetres, &gt; 0
 * @param bendRadiusMm   minimum installed (long-term, unloaded) bend radius, millimetres, &gt; 0
 * @param weightKgPerKm  weight, kilograms per kilometre, &gt; 0
 * @param source         provenance note; non-blank ({@code [vendor]} typical datasheet figure, {@code [assume]}
 *                       a planning assumption)
 */
public record CableBuild(String id, int fibres, double odMm, double bendRadiusMm, double weightKgPerKm,
        String source) {
    private static final String MICRO = "[vendor] typical indoor LSZH MPO micro-cable/ribbon trunk datasheets"
            + " (e.g. Corning EDGE, CommScope, AFL); bend radius 10 x OD installed";
    private static final String RIBBON = "[vendor] typical rollable-ribbon indoor trunk datasheets; bend radius"
            + " 10 x OD installed";

    /** Trunk builds by fibre count, smallest first: the smallest that holds a trunk's fibres is its build. */
    public static final List<CableBuild> TRUNKS = List.of(
            new CableBuild("trunk-12f", 12, 3.0, 30, 9, MICRO),
            new CableBuild("trunk-24f", 24, 3.8, 38, 13, MICRO),
            new CableBuild("trunk-48f", 48, 5.0, 50, 22, MICRO),
            new CableBuild("trunk-72f", 72, 5.8, 58, 29, MICRO),
            new CableBuild("trunk-96f", 96, 6.5, 65, 36, MICRO),
            new CableBuild("trunk-144f", 144, 8.0, 80, 52, RIBBON),
            new CableBuild("trunk-288f", 288, 11.0, 110, 95, RIBBON),
            new CableBuild("trunk-576f", 576, 15.0, 150, 170, "[assume] scaled from the 288f rollable ribbon"));
    /** A duplex (LC or SN/MDC) patch cord: two 2.0 mm zip-cord sub-units counted as one 2.0 mm x 4.0 mm oval. */
    public static final CableBuild CORD_DUPLEX = new CableBuild("cord-duplex", 2, 2.8, 30, 8,
            "[vendor] 2.0 mm duplex zip cord (TIA-568.3-E cordage), area of the 2 x 2.0 mm pair as one round 2.8 mm");
    /** A round MPO patch cord (8 to 32 fibres). */
    public static final CableBuild CORD_MPO = new CableBuild("cord-mpo", 32, 3.0, 30, 9,
            "[vendor] 3.0 mm round MPO cordage; bend radius 10 x OD");
    /** A copper direct-attach (or active) cable: 26-30 AWG twinax bundles are 6-8 mm; 7 mm taken. */
    public static final CableBuild COPPER = new CableBuild("copper-dac", 0, 7.0, 70, 60,
            "[assume] 400G/800G QSFP-DD/OSFP twinax DAC, 26-30 AWG, 6-8 mm OD; bend radius 10 x OD");

    public CableBuild {
        Sources.requireId("cable build", id);
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

    /** The trunk build holding this many fibres (the largest build when none holds them all). */
    public static CableBuild trunk(int fibres) {
        for (CableBuild b : TRUNKS) {
            if (b.fibres >= fibres) {
                return b;
            }
        }
        return TRUNKS.get(TRUNKS.size() - 1);
    }

    /** The cord build for a cord whose plug holds this many fibres: duplex up to 2, round MPO cordage above. */
    public static CableBuild cord(int fibresPerPlug) {
        return fibresPerPlug <= 2 ? CORD_DUPLEX : CORD_MPO;
    }
}
