package org.cablesim.plant;

import java.util.HashMap;
import java.util.Map;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.FibreKind;
import org.cablesim.catalog.FibreType;
import org.cablesim.catalog.LossClass;
import org.cablesim.catalog.ReflectanceClass;
import org.cablesim.optics.LossClassModels;
import org.cablesim.optics.MatedPairLossModel;
import org.cablesim.polarity.ConnectorEnd;

/**
 * Resolves the optical facts of a tier's matings against the effective catalog, each kind once: the loss model of a
 * loss class on the tier's fibre ({@link LossClassModels}, the one place a class becomes a model) and the reflectance
 * of a clean pair: the catalog's reflectance class of the more reflective of the two plugs' polishes, or the
 * multimode class on multimode fibre. A missing class is a configuration error, never a silent default.
 */
final class MatingResolver {
    private final String tierName;
    private final Catalog catalog;
    private final FibreType fibre;
    private final Map<String, MatedPairLossModel> models = new HashMap<>();

    MatingResolver(String tierName, Catalog catalog, FibreType fibre) {
        this.tierName = tierName;
        this.catalog = catalog;
        this.fibre = fibre;
    }

    /**
     * The optics of a mating of two plugs under a loss class.
     *
     * @param lossClassId the loss class, as chosen or defaulted
     * @param why         what named the class, for the message when the catalog lacks it
     * @param a           one plug
     * @param b           the other plug
     * @throws PlantConfigurationException when the catalog lacks the class or cannot model it on this fibre, or
     *                                     lacks the reflectance class
     */
    MatingOptics optics(String lossClassId, String why, ConnectorEnd a, ConnectorEnd b) {
        MatedPairLossModel model = models.computeIfAbsent(lossClassId, id -> model(id, why));
        double reflectanceDb = Math.max(reflectanceDb(a), reflectanceDb(b));
        return new MatingOptics(lossClassId, model, reflectanceDb);
    }

    /**
     * The optics of a fusion splice: its loss class's model and the catalog's {@code fusion-splice} reflectance.
     *
     * @throws PlantConfigurationException when the catalog lacks the class or the reflectance class
     */
    MatingOptics spliceOptics(String lossClassId, String why) {
        MatedPairLossModel model = models.computeIfAbsent(lossClassId, id -> model(id, why));
        double reflectanceDb = catalog.findReflectanceClass(FUSION_SPLICE).map(ReflectanceClass::maxReflectanceDb)
                .orElseThrow(() -> new PlantConfigurationException(tierName, "the catalog has no reflectance class "
                        + FUSION_SPLICE + " (for trunk splices); add it to a catalog file"));
        return new MatingOptics(lossClassId, model, reflectanceDb);
    }

    /** The reflectance class of a fusion splice. */
    static final String FUSION_SPLICE = "fusion-splice";

    private MatedPairLossModel model(String id, String why) {
        LossClass lossClass = catalog.findLossClass(id).orElseThrow(() -> new PlantConfigurationException(tierName,
                "the catalog has no loss class " + id + " (" + why + "); add it to a catalog file or name another"));
        try {
            return LossClassModels.of(lossClass, fibre);
        } catch (IllegalArgumentException e) {
            throw new PlantConfigurationException(tierName, e.getMessage());
        }
    }

    private double reflectanceDb(ConnectorEnd plug) {
        String id = fibre.kind() == FibreKind.MMF ? "MM" : plug.polish().name();
        return catalog.findReflectanceClass(id).map(ReflectanceClass::maxReflectanceDb).orElseThrow(
                () -> new PlantConfigurationException(tierName, "the catalog has no reflectance class " + id
                        + " (for " + (fibre.kind() == FibreKind.MMF ? "multimode" : plug.polish().name())
                        + " mated pairs); add it to a catalog file"));
    }
}
