package org.cablesim.io;

import org.cablesim.catalog.CassetteConversion;
import org.cablesim.catalog.FibreKind;
import org.cablesim.catalog.Gender;
import org.cablesim.catalog.KeyStyle;
import org.cablesim.catalog.LabourUnit;
import org.cablesim.catalog.LossFamily;
import org.cablesim.catalog.Polish;
import org.cablesim.catalog.PriceUnit;
import org.cablesim.scenario.LeafPlacement;
import org.cablesim.scenario.Topology;

/** The file spelling of every enum cablesim files use: acronyms as written, words in lower-hyphen case. */
final class Spellings {
    static final Spelling<FibreKind> FIBRE_KIND = Spelling.exact(FibreKind.values());
    static final Spelling<Polish> POLISH = Spelling.exact(Polish.values());
    static final Spelling<KeyStyle> KEY_STYLE = Spelling.lowerHyphen(KeyStyle.values());
    static final Spelling<Gender> GENDER = Spelling.lowerHyphen(Gender.values());
    static final Spelling<LossFamily> LOSS_FAMILY = Spelling.lowerHyphen(LossFamily.values());
    static final Spelling<PriceUnit> PRICE_UNIT = Spelling.lowerHyphen(PriceUnit.values());
    static final Spelling<LabourUnit> LABOUR_UNIT = Spelling.lowerHyphen(LabourUnit.values());
    static final Spelling<Topology> TOPOLOGY = Spelling.of(Topology.values(), Topology::fileName);
    static final Spelling<LeafPlacement> LEAF_PLACEMENT = Spelling.of(LeafPlacement.values(), LeafPlacement::fileName);
    static final Spelling<CassetteConversion> CASSETTE_CONVERSION = Spelling.lowerHyphen(CassetteConversion.values());
    static final Spelling<MonteCarloMethod> MONTE_CARLO_METHOD = Spelling.lowerHyphen(MonteCarloMethod.values());

    private Spellings() {
    }
}
