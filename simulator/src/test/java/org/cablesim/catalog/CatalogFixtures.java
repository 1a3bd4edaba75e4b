package org.cablesim.catalog;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.cablesim.stats.Family;

/** Small hand-made catalog entries for domain tests (the shipped data is tested in org.cablesim.io). */
final class CatalogFixtures {
    private CatalogFixtures() {
    }

    static ConnectorType mpo12() {
        return new ConnectorType("MPO-12", 12, 1, ConnectorType.allPositions(12, 1), KeyStyle.CENTRE,
                List.of(Polish.APC, Polish.UPC), List.of(Gender.PINNED, Gender.UNPINNED), "[test]");
    }

    static ConnectorType mpo8() {
        return new ConnectorType("MPO-8", 12, 1, List.of(1, 2, 3, 4, 9, 10, 11, 12), KeyStyle.CENTRE,
                List.of(Polish.APC), List.of(Gender.PINNED, Gender.UNPINNED), "[test]");
    }

    static FibreType os2() {
        return new FibreType("OS2", FibreKind.SMF, 0.4, 1310, OptionalDouble.of(9.2), OptionalDouble.empty(),
                "[test]");
    }

    static FibreType om4() {
        return new FibreType("OM4", FibreKind.MMF, 3.5, 850, OptionalDouble.empty(), OptionalDouble.of(50),
                "[test]");
    }

    static Pmd dr4(String connectorId) {
        return new Pmd("400GBASE-DR4", 4, 8, List.of(1, 2, 3, 4), List.of(9, 10, 11, 12), FibreKind.SMF,
                List.of(new FibreReach("OS2", 500, OptionalDouble.of(3.0))), 2.75, 0.5, connectorId, 1, Polish.APC,
                100, 400, -55, List.of(new ReflectanceLimit(1, -25), new ReflectanceLimit(2, -31)), "[test]");
    }

    static LossClass gradeC() {
        return new LossClass("grade-C", 0.25, 0.5, 97, Family.GAMMA, Map.of("shape", 4.93, "scale", 0.051),
                "[test]");
    }

    static Catalog small() {
        return Catalog.builder().connector(mpo12()).connector(mpo8()).fibre(os2()).fibre(om4()).pmd(dr4("MPO-12"))
                .lossClass(gradeC()).build();
    }
}
