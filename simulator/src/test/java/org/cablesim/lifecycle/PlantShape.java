package org.cablesim.lifecycle;


import java.util.Objects;
import org.cablesim.optics.LossCalibration;
import org.cablesim.stats.Checks;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.Family;

/**
 * The simple physical plant {@link LifecyclePlants#fromFabric} lays under a logical fabric, until the real
 * plant builder feeds the simulation.
 *
 * @param budgetDb           channel budget per lane, dB, &gt; 0 (DR4/DR8: 3.0, IEEE 802.3 PMD clauses)
 * @param lanes              lanes per link, 1..64 (DR4: 4)
 * @param connectionLoss     loss of one lane of one mated pair
 * @param reflectanceDb      reflectance of a clean mated pair, dB, &lt; 0 (SM APC ≈ −60)
 * @param cassettes          false: cord–trunk at each panel (2 connections); true: cord–cassette and
 *                           cassette–trunk at each end (4 connections)
 * @param maxLinksPerTrunk   links one trunk carries, ≥ 1 (16 DR4 links = 128 fibres of a 144-fibre trunk)
 * @param attenuationDbPerKm fibre attenuation, dB/km, ≥ 0
 * @param extraLengthM       vertical runs and slack added to the rack-to-rack Manhattan distance, metres, ≥ 0
 */
public record PlantShape(double budgetDb, int lanes, Distribution connectionLoss, double reflectanceDb,
        boolean cassettes, int maxLinksPerTrunk, double attenuationDbPerKm, double extraLengthM) {
    public PlantShape {
        Checks.positive("budgetDb", budgetDb);
        if (lanes < 1 || lanes > 64 || maxLinksPerTrunk < 1) {
            throw new IllegalArgumentException("lanes must be in 1..64 and maxLinksPerTrunk >= 1");
        }
        Objects.requireNonNull(connectionLoss, "connectionLoss");
        if (!(reflectanceDb < 0)) {
            throw new IllegalArgumentException("reflectanceDb must be < 0, was " + reflectanceDb);
        }
        Checks.nonNegative("attenuationDbPerKm", attenuationDbPerKm);
        Checks.nonNegative("extraLengthM", extraLengthM);
    }

    /**
     * DR4 over "standard" MPO: 3.0 dB budget, 4 lanes, gamma loss with mean 0.35 dB and p97 0.75 dB per mated
     * pair (IEC 61755-1 and vendor data [vendor, assume]), APC −60 dB, two panels, 16 links per trunk, 0.5 dB/km, 8 m extra.
     */
    public static PlantShape defaults() {
        return new PlantShape(3.0, 4, LossCalibration.fromMeanAndP97(Family.GAMMA, 0.35, 0.75), -60.0, false,
                16, 0.5, 8.0);
    }

    /** This shape with or without cassettes. */
    public PlantShape withCassettes(boolean on) {
        return new PlantShape(budgetDb, lanes, connectionLoss, reflectanceDb, on, maxLinksPerTrunk,
                attenuationDbPerKm, extraLengthM);
    }

    /** This shape with another connection loss model. */
    public PlantShape withConnectionLoss(Distribution model) {
        return new PlantShape(budgetDb, lanes, model, reflectanceDb, cassettes, maxLinksPerTrunk,
                attenuationDbPerKm, extraLengthM);
    }

    /** This shape with another budget, dB. */
    public PlantShape withBudgetDb(double db) {
        return new PlantShape(db, lanes, connectionLoss, reflectanceDb, cassettes, maxLinksPerTrunk,
                attenuationDbPerKm, extraLengthM);
    }
}
