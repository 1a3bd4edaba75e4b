package org.cablesim.io;

import java.util.Locale;
import org.cablesim.catalog.CassetteConversion;
import org.cablesim.catalog.FibreKind;
import org.cablesim.catalog.Gender;
import org.cablesim.catalog.KeyStyle;
import org.cablesim.catalog.LabourUnit;
import org.cablesim.catalog.LossClass;
import org.cablesim.catalog.Polish;
import org.cablesim.catalog.PriceUnit;
import org.cablesim.polarity.AdapterKeying;
import org.cablesim.polarity.PolarityType;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.CapacityPolicy;
import org.cablesim.scenario.LeafPlacement;
import org.cablesim.scenario.LossMethod;
import org.cablesim.scenario.PanelPlacement;
import org.cablesim.scenario.PolarityMethod;
import org.cablesim.scenario.Provision;
import org.cablesim.scenario.Topology;
import org.cablesim.stats.Family;

/** The file spelling of every enum cablesim files use: acronyms as written, words in lower-hyphen case. */
final class Spellings {
    static final Spelling<FibreKind> FIBRE_KIND = Spelling.exact(FibreKind.values());
    static final Spelling<Polish> POLISH = Spelling.exact(Polish.values());
    static final Spelling<KeyStyle> KEY_STYLE = Spelling.lowerHyphen(KeyStyle.values());
    static final Spelling<Gender> GENDER = Spelling.lowerHyphen(Gender.values());
    static final Spelling<Family> LOSS_FAMILY = Spelling.lowerHyphen(LossClass.FAMILIES.toArray(Family[]::new));
    static final Spelling<PriceUnit> PRICE_UNIT = Spelling.lowerHyphen(PriceUnit.values());
    static final Spelling<LabourUnit> LABOUR_UNIT = Spelling.lowerHyphen(LabourUnit.values());
    static final Spelling<Topology> TOPOLOGY = Spelling.of(Topology.values(), Topology::fileName);
    static final Spelling<LeafPlacement> LEAF_PLACEMENT = Spelling.of(LeafPlacement.values(), LeafPlacement::fileName);
    static final Spelling<org.cablesim.scenario.PanelOverflow> PANEL_OVERFLOW = Spelling.of(
            org.cablesim.scenario.PanelOverflow.values(), org.cablesim.scenario.PanelOverflow::fileName);
    static final Spelling<org.cablesim.catalog.CopperCable.Kind> COPPER_KIND = Spelling.exact(
            org.cablesim.catalog.CopperCable.Kind.values());
    static final Spelling<org.cablesim.catalog.CableBuild.Kind> CABLE_BUILD_KIND = Spelling.lowerHyphen(
            org.cablesim.catalog.CableBuild.Kind.values());
    static final Spelling<CassetteConversion> CASSETTE_CONVERSION = Spelling.lowerHyphen(CassetteConversion.values());
    static final Spelling<Gender> ARRAY_GENDER = Spelling.of(new Gender[] {Gender.PINNED, Gender.UNPINNED},
            g -> g.name().toLowerCase(Locale.ROOT));
    static final Spelling<Architecture> ARCHITECTURE = Spelling.of(Architecture.values(), Architecture::fileName);
    static final Spelling<PolarityMethod> POLARITY_METHOD = Spelling.exact(PolarityMethod.values());
    /** A plan's cable types: the array-cable polarity types only (U1 and U2 are transitions, not cables). */
    static final Spelling<PolarityType> CABLE_TYPE = Spelling.exact(
            new PolarityType[] {PolarityType.A, PolarityType.B, PolarityType.C});
    /** TIA-568.3 adapter types: Type-A is key-up/key-down, Type-B key-up/key-up. */
    static final Spelling<AdapterKeying> ADAPTER_TYPE = Spelling.of(AdapterKeying.values(),
            k -> k == AdapterKeying.KEY_UP_KEY_DOWN ? "A" : "B");
    static final Spelling<PanelPlacement> PANEL_PLACEMENT = Spelling.of(PanelPlacement.values(),
            PanelPlacement::fileName);
    static final Spelling<CapacityPolicy> CAPACITY_POLICY = Spelling.lowerHyphen(CapacityPolicy.values());
    static final Spelling<Provision> PROVISION = Spelling.of(Provision.values(), Provision::fileName);
    static final Spelling<LossMethod> MONTE_CARLO_METHOD = Spelling.lowerHyphen(LossMethod.values());

    private Spellings() {
    }
}
