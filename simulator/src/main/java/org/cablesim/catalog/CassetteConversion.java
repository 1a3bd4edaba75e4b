package org.cablesim.catalog;

/**
 * The fibre map a cassette implements (the maps themselves are written out in
 * {@code org.cablesim.polarity.ConversionModules}).
 */
public enum CassetteConversion {
    /** 2×MPO-12 at the rear to 3×MPO-8 at the front (base-12 trunks to base-8 equipment). */
    TWO_MPO12_TO_THREE_MPO8(2, 3),
    /** 1×MPO-16 at the rear to 2×MPO-8 at the front (one base-16 leg to two DR4/SR4 ports). */
    MPO16_TO_TWO_MPO8(1, 2),
    /** TIA-568.3-E universal transition U1: one array plug to duplex LC ports (fibres / 2 of them). */
    UNIVERSAL_U1(1, 0),
    /** TIA-568.3-E universal transition U2. */
    UNIVERSAL_U2(1, 0),
    /** A catalog harness's fibre map mounted in a panel: its common plug at the rear, one front port per leg. */
    HARNESS(1, 0);

    private final int rearPorts;
    private final int frontPorts;

    CassetteConversion(int rearPorts, int frontPorts) {
        this.rearPorts = rearPorts;
        this.frontPorts = frontPorts;
    }

    /** Array plugs at the rear (trunk side). */
    public int rearPorts() {
        return rearPorts;
    }

    /** Ports at the front (equipment side); 0 when it depends on the connector or harness (universal: fibres / 2). */
    public int fixedFrontPorts() {
        return frontPorts;
    }
}
