package org.cablesim.study;

import java.util.HashMap;
import java.util.Map;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.LossClass;
import org.cablesim.optics.LossCalibration;
import org.cablesim.stats.Distribution;
import org.cablesim.stats.ExponentialDistribution;
import org.cablesim.stats.Family;
import org.cablesim.stats.FixedDistribution;

/**
 * The per-fibre loss model of one mated pair for each catalog loss class, built once per class. Each class is
 * calibrated to its (meanDb, maxDb at maxPercentile) in its own family: the catalog's explicit parameters state
 * the same fit, so the two agree. Exponential takes the mean alone (its percentile follows); {@code rician}, a
 * physics offset law with no closed-form loss distribution, is calibrated as a gamma to the same two figures;
 * a class whose family cannot reach its percentile ratio falls back to a gamma fit. A channel element without a
 * loss class (the catalog lacks the one the plan names) gets DOMAIN §2's "standard" MPO: gamma, mean 0.35 dB,
 * p97 0.75 dB.
 */
final class CatalogLossModels {
    /** DOMAIN §2 standard MPO mated pair [vendor, assume]. */
    static final Distribution STANDARD_MPO = LossCalibration.fromMeanAndP97(Family.GAMMA, 0.35, 0.75);

    private final Catalog catalog;
    private final Map<String, Distribution> models = new HashMap<>();

    CatalogLossModels(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The model of a loss class id; blank or unknown ids get {@link #STANDARD_MPO}. */
    Distribution of(String lossClassId) {
        if (lossClassId == null || lossClassId.isBlank()) {
            return STANDARD_MPO;
        }
        return models.computeIfAbsent(lossClassId, id -> catalog.findLossClass(id).map(CatalogLossModels::model)
                .orElse(STANDARD_MPO));
    }

    /** The model of one loss class (rules in the class comment). */
    static Distribution model(LossClass c) {
        if (c.meanDb() == 0) {
            return new FixedDistribution(0);
        }
        double p = c.maxPercentile() / 100;
        Family family = c.family() == Family.RICIAN ? Family.GAMMA : c.family();
        if (family == Family.EXPONENTIAL) {
            return new ExponentialDistribution(c.meanDb());
        }
        try {
            return LossCalibration.fromMeanAndQuantile(family, c.meanDb(), p, c.maxDb());
        } catch (IllegalArgumentException e) {
            return LossCalibration.fromMeanAndQuantile(Family.GAMMA, c.meanDb(), p, c.maxDb());
        }
    }
}
