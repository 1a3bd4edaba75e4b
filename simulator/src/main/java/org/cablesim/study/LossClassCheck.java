package org.cablesim.study;

import org.cablesim.optics.LossClassModels;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cablesim.catalog.Catalog;
import org.cablesim.catalog.FibreKind;
import org.cablesim.catalog.FibreType;
import org.cablesim.catalog.LossClass;

/** Checks before a run that every loss class of a catalog can be turned into a loss model. */
public final class LossClassCheck {
    private LossClassCheck() {
    }

    /**
     * The loss classes of {@code catalog} that cannot be modelled, with the reason, in id order (empty when all
     * can). Physics-model classes are tried on the catalog's first single-mode fibre.
     */
    public static Map<String, String> problems(Catalog catalog) {
        FibreType singleMode = catalog.fibres().values().stream().filter(f -> f.kind() == FibreKind.SMF).findFirst()
                .orElse(null);
        Map<String, String> problems = new LinkedHashMap<>();
        for (LossClass lossClass : catalog.lossClasses().values()) {
            FibreType fibre = singleMode != null ? singleMode : catalog.fibres().values().iterator().next();
            try {
                LossClassModels.of(lossClass, fibre);
            } catch (IllegalArgumentException e) {
                problems.put(lossClass.id(), e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
            }
        }
        return problems;
    }
}
