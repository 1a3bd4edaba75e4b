package org.cablesim.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cablesim.catalog.CableBuild;
import org.cablesim.catalog.CassetteType;
import org.cablesim.catalog.ConnectorType;
import org.cablesim.catalog.CopperCable;
import org.cablesim.catalog.FibreReach;
import org.cablesim.catalog.FibreType;
import org.cablesim.catalog.HarnessType;
import org.cablesim.catalog.LabourEntry;
import org.cablesim.catalog.LengthBins;
import org.cablesim.catalog.LossClass;
import org.cablesim.catalog.Pmd;
import org.cablesim.catalog.PmdAlias;
import org.cablesim.catalog.PriceEntry;
import org.cablesim.catalog.ReflectanceClass;
import org.cablesim.catalog.ReflectanceLimit;
import org.cablesim.stats.EmpiricalDistribution;
import org.cablesim.stats.HistogramDistribution;

/**
 * Writes catalog entries back to the tree form {@link CatalogEntries} reads (the round trip is exact), so that
 * overrides can edit one field of an existing entry and catalogs can be written out.
 */
final class CatalogTrees {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CatalogTrees() {
    }

    static ObjectNode pmd(Pmd p) {
        ObjectNode n = NODES.objectNode();
        n.put("lanes", p.lanes());
        n.put("litFibres", p.litFibres());
        p.txPositions().forEach(n.putArray("txPositions")::add);
        p.rxPositions().forEach(n.putArray("rxPositions")::add);
        n.put("fibreKind", Spellings.FIBRE_KIND.name(p.fibreKind()));
        ObjectNode reaches = n.putObject("reaches");
        for (FibreReach r : p.reaches()) {
            ObjectNode reach = reaches.putObject(r.fibreTypeId());
            reach.put("reachM", r.reachM());
            r.publishedBudgetDb().ifPresent(b -> reach.put("publishedBudgetDb", b));
            r.attenuationDbPerKm().ifPresent(a -> reach.put("attenuationDbPerKm", a));
        }
        n.put("connectionAllocationDb", p.connectionAllocationDb());
        n.put("attenuationDbPerKm", p.attenuationDbPerKm());
        n.put("mdiConnectorId", p.mdiConnectorId());
        n.put("mdiConnectorCount", p.mdiConnectorCount());
        n.put("mdiPolish", Spellings.POLISH.name(p.mdiPolish()));
        n.put("laneRateGbps", p.laneRateGbps());
        n.put("portSpeedGbps", p.portSpeedGbps());
        n.put("reflectanceCountedAboveDb", p.reflectanceCountedAboveDb());
        ArrayNode table = n.putArray("reflectanceTable");
        for (ReflectanceLimit row : p.reflectanceTable()) {
            table.addObject().put("maxCount", row.maxCount()).put("maxEachDb", row.maxEachDb());
        }
        n.put("source", p.source());
        return n;
    }

    static ObjectNode connector(ConnectorType c) {
        ObjectNode n = NODES.objectNode();
        n.put("fibresPerRow", c.fibresPerRow());
        n.put("rows", c.rows());
        c.populatedPositions().forEach(n.putArray("populatedPositions")::add);
        n.put("keyStyle", Spellings.KEY_STYLE.name(c.keyStyle()));
        ArrayNode polishes = n.putArray("polishOptions");
        c.polishOptions().forEach(p -> polishes.add(Spellings.POLISH.name(p)));
        ArrayNode genders = n.putArray("genderOptions");
        c.genderOptions().forEach(g -> genders.add(Spellings.GENDER.name(g)));
        n.put("source", c.source());
        return n;
    }

    static ObjectNode fibre(FibreType f) {
        ObjectNode n = NODES.objectNode();
        n.put("kind", Spellings.FIBRE_KIND.name(f.kind()));
        n.put("attenuationDbPerKm", f.attenuationDbPerKm());
        n.put("wavelengthNm", f.wavelengthNm());
        f.modeFieldDiameterUm().ifPresent(d -> n.put("modeFieldDiameterUm", d));
        f.coreDiameterUm().ifPresent(d -> n.put("coreDiameterUm", d));
        n.put("source", f.source());
        return n;
    }

    static ObjectNode lossClass(LossClass l) {
        ObjectNode n = NODES.objectNode();
        if (l.measured().isPresent()) {
            n.put("maxPercentile", l.maxPercentile());
            n.put("family", Spellings.LOSS_FAMILY.name(l.family()));
            if (l.measured().get() instanceof EmpiricalDistribution e) {
                ArrayNode samples = n.putArray("samplesDb");
                for (double v : e.samples()) {
                    samples.add(v);
                }
            } else if (l.measured().get() instanceof HistogramDistribution h) {
                ObjectNode histogram = n.putObject("histogram");
                ArrayNode edges = histogram.putArray("edgesDb");
                for (double v : h.edges()) {
                    edges.add(v);
                }
                ArrayNode counts = histogram.putArray("counts");
                for (long c : h.counts()) {
                    counts.add(c);
                }
            }
            n.put("source", l.source());
            return n;
        }
        n.put("meanDb", l.meanDb());
        n.put("maxDb", l.maxDb());
        n.put("maxPercentile", l.maxPercentile());
        n.put("family", Spellings.LOSS_FAMILY.name(l.family()));
        ObjectNode parameters = n.putObject("parameters");
        l.parameters().forEach(parameters::put);
        if (!l.plausibleFamilies().isEmpty()) {
            ArrayNode plausible = n.putArray("plausibleFamilies");
            l.plausibleFamilies().forEach(f -> plausible.add(Spellings.LOSS_FAMILY.name(f)));
        }
        n.put("source", l.source());
        return n;
    }

    static ObjectNode reflectanceClass(ReflectanceClass r) {
        ObjectNode n = NODES.objectNode();
        n.put("maxReflectanceDb", r.maxReflectanceDb());
        n.put("source", r.source());
        return n;
    }

    static ObjectNode price(PriceEntry p) {
        ObjectNode n = NODES.objectNode();
        n.put("unit", Spellings.PRICE_UNIT.name(p.unit()));
        n.put("priceUsd", p.priceUsd());
        n.put("source", p.source());
        if (!p.partNumber().isEmpty()) {
            n.put("partNumber", p.partNumber());
        }
        if (!p.jacket().isEmpty()) {
            n.put("jacket", p.jacket());
        }
        return n;
    }

    static ObjectNode labour(LabourEntry l) {
        ObjectNode n = NODES.objectNode();
        n.put("unit", Spellings.LABOUR_UNIT.name(l.unit()));
        n.put("minutes", l.minutes());
        n.put("source", l.source());
        return n;
    }

    static ObjectNode lengthBins(LengthBins b) {
        ObjectNode n = NODES.objectNode();
        b.lengthsM().forEach(n.putArray("lengthsM")::add);
        n.put("customStepM", b.customStepM());
        n.put("source", b.source());
        return n;
    }

    static ObjectNode cassette(CassetteType c) {
        ObjectNode n = NODES.objectNode();
        n.put("conversion", Spellings.CASSETTE_CONVERSION.name(c.conversion()));
        n.put("rearConnectorId", c.rearConnectorId());
        n.put("frontConnectorId", c.frontConnectorId());
        n.put("frontPorts", c.frontPorts());
        c.harnessId().ifPresent(h -> n.put("harness", h));
        n.put("source", c.source());
        return n;
    }

    static ObjectNode harness(HarnessType h) {
        ObjectNode n = NODES.objectNode();
        n.put("commonConnectorId", h.commonConnectorId());
        n.put("legConnectorId", h.legConnectorId());
        ArrayNode legs = n.putArray("legs");
        for (HarnessType.Leg leg : h.legs()) {
            ObjectNode l = legs.addObject();
            leg.legPositions().forEach(l.putArray("legPositions")::add);
            leg.commonPositions().forEach(l.putArray("commonPositions")::add);
        }
        n.put("source", h.source());
        return n;
    }

    static ObjectNode copperCable(CopperCable c) {
        ObjectNode n = NODES.objectNode();
        n.put("kind", Spellings.COPPER_KIND.name(c.kind()));
        n.put("speedGbps", c.speedGbps());
        n.put("ends", c.ends());
        n.put("reachM", c.reachM());
        n.put("source", c.source());
        return n;
    }

    static ObjectNode cableBuild(CableBuild b) {
        ObjectNode n = NODES.objectNode();
        n.put("kind", Spellings.CABLE_BUILD_KIND.name(b.kind()));
        n.put("fibres", b.fibres());
        n.put("odMm", b.odMm());
        n.put("bendRadiusMm", b.bendRadiusMm());
        n.put("weightKgPerKm", b.weightKgPerKm());
        n.put("source", b.source());
        return n;
    }

    static ObjectNode pmdAlias(PmdAlias a) {
        ObjectNode n = NODES.objectNode();
        n.put("pmd", a.pmdId());
        n.put("source", a.source());
        return n;
    }
}
