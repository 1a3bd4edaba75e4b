package org.cablesim.certification;

import org.cablesim.stats.Checks;

/**
 * The allowances of a component-based certification limit: loss = fibre attenuation × length + {@code matedPairDb}
 * per mated pair + {@code spliceDb} per splice.
 *
 * @param matedPairDb allowance per mated pair, dB, finite, ≥ 0 (TIA-568.3: 0.75)
 * @param spliceDb    allowance per splice, dB, finite, ≥ 0 (TIA-568.3: 0.3)
 */
public record ComponentAllowances(double matedPairDb, double spliceDb) {
    /** The ANSI/TIA-568.3 component limits: 0.75 dB per mated pair, 0.3 dB per splice. */
    public static final ComponentAllowances TIA_568_3 = new ComponentAllowances(0.75, 0.3);

    public ComponentAllowances {
        Checks.nonNegative("matedPairDb", Checks.finite("matedPairDb", matedPairDb));
        Checks.nonNegative("spliceDb", Checks.finite("spliceDb", spliceDb));
    }

    /**
     * The component-based limit of a channel.
     *
     * @param fibreLossDb fibre attenuation × length, dB
     * @param matedPairs  mated pairs counted, ≥ 0
     * @param splices     splices, ≥ 0
     * @return the limit, dB
     */
    public double limitDb(double fibreLossDb, int matedPairs, int splices) {
        return fibreLossDb + matedPairs * matedPairDb + splices * spliceDb;
    }
}
