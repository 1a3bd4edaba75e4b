package org.cablesim.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.cablesim.stats.Checks;

/**
 * An optical PMD (transceiver type): its lanes, which MDI positions transmit and receive, where it reaches and
 * its channel insertion-loss budget, stored as IEEE builds it (allocation + attenuation × reach, IEEE 802.3 PMD clauses).
 *
 * @param id                      catalog id, e.g. {@code 400GBASE-DR4}
 * @param lanes                   optical lanes, ≥ 1 (wavelength lanes count separately: SR4.2 has 8)
 * @param litFibres               fibres the PMD lights over all its MDI connectors, = (Tx + Rx positions) × connectors
 * @param txPositions             1-based transmit positions on each MDI connector, distinct, non-empty
 * @param rxPositions             1-based receive positions on each MDI connector, distinct, disjoint from Tx
 * @param fibreKind               single-mode or multimode
 * @param reaches                 the fibre types the PMD runs on, each with its reach and published budget; non-empty
 * @param connectionAllocationDb  connection and splice loss allocated inside the budget, dB, ≥ 0
 * @param attenuationDbPerKm      cabled fibre attenuation the budget assumes, dB/km, ≥ 0 (a reach may assume another
 *                                on its grade, see {@link FibreReach#attenuationDbPerKm()})
 * @param mdiConnectorId          catalog id of the MDI connector type, e.g. {@code MPO-12}
 * @param mdiConnectorCount       MDI connectors per transceiver port, 1..8 (twin-port 2×DR4 = 2)
 * @param mdiPolish               polish of the MDI
 * @param laneRateGbps            data rate of one lane, Gb/s, ≥ 1
 * @param portSpeedGbps           data rate of the whole port, Gb/s, = lanes × laneRateGbps
 * @param reflectanceCountedAboveDb reflectances above this level count against {@code reflectanceTable}, dB, &lt; 0
 * @param reflectanceTable        discrete-reflectance limits by count, maxCount increasing and maxEachDb not
 *                                increasing; empty when the PMD sets none (multimode)
 * @param source                  provenance note with source tags ([std], [vendor], [derived], [assume]); non-blank
 */
public record Pmd(
        String id,
        int lanes,
        int litFibres,
        List<Integer> txPositions,
        List<Integer> rxPositions,
        FibreKind fibreKind,
        List<FibreReach> reaches,
        double connectionAllocationDb,
        double attenuationDbPerKm,
        String mdiConnectorId,
        int mdiConnectorCount,
        Polish mdiPolish,
        int laneRateGbps,
        int portSpeedGbps,
        double reflectanceCountedAboveDb,
        List<ReflectanceLimit> reflectanceTable,
        String source) {

    public Pmd {
        Sources.requireId("PMD", id);
        Checks.atLeast("lanes", lanes, 1);
        txPositions = List.copyOf(txPositions);
        rxPositions = List.copyOf(rxPositions);
        requirePositions("txPositions", txPositions);
        requirePositions("rxPositions", rxPositions);
        Set<Integer> overlap = new HashSet<>(txPositions);
        overlap.retainAll(rxPositions);
        if (!overlap.isEmpty()) {
            throw new IllegalArgumentException("txPositions and rxPositions overlap at " + overlap);
        }
        if (mdiConnectorCount < 1 || mdiConnectorCount > 8) {
            throw new IllegalArgumentException("mdiConnectorCount must be in 1..8, was " + mdiConnectorCount);
        }
        int expectedLit = (txPositions.size() + rxPositions.size()) * mdiConnectorCount;
        if (litFibres != expectedLit) {
            throw new IllegalArgumentException("litFibres must equal (Tx + Rx positions) x mdiConnectorCount = "
                    + expectedLit + ", was " + litFibres);
        }
        if (fibreKind == null || mdiPolish == null) {
            throw new IllegalArgumentException("fibreKind and mdiPolish must be set");
        }
        reaches = List.copyOf(reaches);
        if (reaches.isEmpty()) {
            throw new IllegalArgumentException("a PMD needs at least one fibre reach");
        }
        if (reaches.stream().map(FibreReach::fibreTypeId).distinct().count() != reaches.size()) {
            throw new IllegalArgumentException("reaches name a fibre type twice");
        }
        if (!(Checks.finite("connectionAllocationDb", connectionAllocationDb) >= 0)) {
            throw new IllegalArgumentException("connectionAllocationDb must be >= 0, was " + connectionAllocationDb);
        }
        if (!(Checks.finite("attenuationDbPerKm", attenuationDbPerKm) >= 0)) {
            throw new IllegalArgumentException("attenuationDbPerKm must be >= 0, was " + attenuationDbPerKm);
        }
        Sources.requireId("connector", mdiConnectorId);
        if (laneRateGbps < 1 || portSpeedGbps < 1) {
            throw new IllegalArgumentException("laneRateGbps and portSpeedGbps must be >= 1");
        }
        if ((long) lanes * laneRateGbps != portSpeedGbps) {
            throw new IllegalArgumentException("portSpeedGbps must equal lanes x laneRateGbps = "
                    + (long) lanes * laneRateGbps + ", was " + portSpeedGbps);
        }
        if (!(Checks.finite("reflectanceCountedAboveDb", reflectanceCountedAboveDb) < 0)) {
            throw new IllegalArgumentException("reflectanceCountedAboveDb must be < 0 dB, was "
                    + reflectanceCountedAboveDb);
        }
        reflectanceTable = List.copyOf(reflectanceTable);
        for (int i = 1; i < reflectanceTable.size(); i++) {
            ReflectanceLimit before = reflectanceTable.get(i - 1);
            ReflectanceLimit row = reflectanceTable.get(i);
            if (row.maxCount() <= before.maxCount() || row.maxEachDb() > before.maxEachDb()) {
                throw new IllegalArgumentException("reflectanceTable rows must have increasing maxCount and"
                        + " non-increasing maxEachDb (row " + i + ")");
            }
        }
        source = Sources.requireSource("PMD", id, source);
    }

    private static void requirePositions(String field, List<Integer> positions) {
        if (positions.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        if (positions.stream().anyMatch(p -> p < 1)) {
            throw new IllegalArgumentException(field + " are 1-based, was " + positions);
        }
        if (new HashSet<>(positions).size() != positions.size()) {
            throw new IllegalArgumentException(field + " repeat a position: " + positions);
        }
    }

    /**
     * Rounds a channel insertion loss to 0.1 dB the way IEEE 802.3 tables do: first to 0.01 dB, then to 0.1 dB,
     * halves up. The two steps reproduce 100GBASE-SR4's published 1.8 dB from 1.5 + 3.5 × 0.07 = 1.745 dB.
     * The 1e-6 guard keeps binary representation error (1.5 + 3.0 × 0.15 is stored as 1.94999…) from
     * turning a half down.
     *
     * @param lossDb a non-negative loss, dB
     * @return the loss rounded to 0.1 dB
     */
    public static double roundBudgetDb(double lossDb) {
        long hundredths = Math.round(lossDb * 100.0 + 1e-6);
        return Math.round(hundredths / 10.0) / 10.0;
    }

    /** The fibre-type ids this PMD may run on, in catalog order. */
    public List<String> allowedFibreTypes() {
        return reaches.stream().map(FibreReach::fibreTypeId).toList();
    }

    /** The reach entry for a fibre type, empty when the PMD does not run on it. */
    public Optional<FibreReach> reach(String fibreTypeId) {
        return reaches.stream().filter(r -> r.fibreTypeId().equals(fibreTypeId)).findFirst();
    }

    /** The longest reach over all allowed fibre types, metres. */
    public double reachM() {
        return longestReach().reachM();
    }

    /** The reach over one fibre type, metres; throws when the PMD does not run on it. */
    public double reachM(String fibreTypeId) {
        return requireReach(fibreTypeId).reachM();
    }

    /** The derived channel budget at the longest reach, dB (e.g. DR4: 2.75 + 0.5 × 0.5 = 3.0). */
    public double channelBudgetDb() {
        return budgetAt(longestReach());
    }

    /**
     * The derived channel budget on one fibre type, dB: allocation + the attenuation assumed on that grade × its
     * reach, rounded as IEEE does; throws when the PMD does not run on it.
     */
    public double channelBudgetDb(String fibreTypeId) {
        return budgetAt(requireReach(fibreTypeId));
    }

    /** The published budget at the longest reach, dB, if one is published. */
    public OptionalDouble publishedBudgetDb() {
        return longestReach().publishedBudgetDb();
    }

    /** Fibre positions used on each MDI connector (Tx plus Rx). */
    public int fibresPerConnector() {
        return txPositions.size() + rxPositions.size();
    }

    /**
     * The populated positions of {@code connector} this PMD leaves dark, ascending (DR4 on MPO-12: 5–8).
     *
     * @param connector the connector type the PMD's MDI is cabled with
     */
    public List<Integer> darkPositions(ConnectorType connector) {
        List<Integer> dark = new ArrayList<>(connector.populatedPositions());
        dark.removeAll(txPositions);
        dark.removeAll(rxPositions);
        return List.copyOf(dark);
    }

    private double budgetAt(FibreReach reach) {
        return roundBudgetDb(connectionAllocationDb
                + reach.attenuationDbPerKm().orElse(attenuationDbPerKm) * reach.reachM() / 1000.0);
    }

    private FibreReach longestReach() {
        FibreReach longest = reaches.get(0);
        for (FibreReach r : reaches) {
            if (r.reachM() > longest.reachM()) {
                longest = r;
            }
        }
        return longest;
    }

    private FibreReach requireReach(String fibreTypeId) {
        return reach(fibreTypeId).orElseThrow(() -> new IllegalArgumentException(
                "PMD " + id + " does not run on fibre type '" + fibreTypeId + "' (allowed: "
                        + String.join(", ", allowedFibreTypes()) + ")"));
    }
}
