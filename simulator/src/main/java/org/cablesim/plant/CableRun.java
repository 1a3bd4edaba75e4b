package org.cablesim.plant;

import java.util.Objects;
import org.cablesim.catalog.FibreType;
import org.cablesim.polarity.Cable;
import org.cablesim.polarity.ConnectorEnd;

/**
 * A cable of a resolved channel: an equipment cord, a cross-connect jumper, the trunk (the channel uses one leg at
 * each end) or a direct assembly.
 *
 * @param kind         CORD, JUMPER, TRUNK or ASSEMBLY
 * @param cableId      the cable's id in cable-schedule.csv, e.g. {@code C000001} or {@code T000012}; non-blank
 * @param label        where it runs, for messages and traces; non-blank
 * @param nearEnd      where its near end is plugged: a panel port ({@code R04-13.U42.05}) or a transceiver
 *                     ({@code R01-02.su01-srv001:3}); non-blank
 * @param farEnd       where its far end is plugged, same style; non-blank
 * @param lengthM      installed (stock) length, metres, finite, ≥ 0
 * @param cable        its polarity facts: type, plugs at both ends, legs
 * @param fibre        the fibre type it is made of
 * @param build        its build as a BOM names it, e.g. {@code 12xMPO-12 144f Type-B}; non-blank
 * @param priceIds     the price-book entries it is priced from: a fixed part and a per-metre part
 */
public record CableRun(ElementKind kind, String cableId, String label, String nearEnd, String farEnd, double lengthM, Cable cable, FibreType fibre,
        String build, CablePriceIds priceIds) implements ResolvedElement {
    public CableRun {
        Objects.requireNonNull(kind, "kind");
        if (!kind.isCable() || kind == ElementKind.HARNESS) {
            throw new IllegalArgumentException("a cable run is a cord, jumper, trunk or assembly, not " + kind);
        }
        requireText("cableId", cableId);
        requireText("label", label);
        requireText("nearEnd", nearEnd);
        requireText("farEnd", farEnd);
        requireText("build", build);
        Objects.requireNonNull(cable, "cable");
        Objects.requireNonNull(fibre, "fibre");
        Objects.requireNonNull(priceIds, "priceIds");
        if (!(lengthM >= 0 && lengthM < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("lengthM must be finite and >= 0, was " + lengthM);
        }
    }

    @Override
    public Cable polarity() {
        return cable;
    }

    /** The same cable at another place: id, label, ends and length change, the facts of the build stay. */
    public CableRun placed(String newCableId, String newLabel, String newNearEnd, String newFarEnd,
            double newLengthM) {
        return new CableRun(kind, newCableId, newLabel, newNearEnd, newFarEnd, newLengthM,
                cable.withLabel(newLabel), fibre, build, priceIds);
    }

    static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must be non-blank");
        }
    }

    /**
     * The orderable part number of this build at a length: the price book's template of {@code perAssembly} with its
     * fields filled from the resolved facts ({@code {connector}} without hyphens, {@code {legs}}, {@code {fibres}},
     * {@code {fibre}}, {@code {type}}, {@code {polish}}, {@code {gender}} as two letters M/F for pinned/unpinned near
     * and far, {@code {jacket}}, {@code {length}} in metres, {@code p} for a decimal point, at least 3 digits);
     * empty when the price book has no template.
     */
    public String partNumber(double atLengthM) {
        String t = priceIds.partNumberTemplate();
        if (t.isEmpty()) {
            return "";
        }
        ConnectorEnd a = cable.endA();
        String len = lengthText(atLengthM);
        return t.replace("{connector}", a.connectorTypeId().replace("-", ""))
                .replace("{legs}", Integer.toString(cable.legs()))
                .replace("{fibres}", Integer.toString(cable.legs() * a.fibreCount()))
                .replace("{fibre}", fibre.id()).replace("{type}", cable.type().name())
                .replace("{polish}", a.polish().name()).replace("{gender}", genderLetter(a) + genderLetter(cable.endB()))
                .replace("{jacket}", priceIds.jacket()).replace("{length}", len);
    }

    /** {@code M} for a pinned (male) plug, {@code F} for an unpinned one. */
    static String genderLetter(ConnectorEnd e) {
        return e.gender() == org.cablesim.catalog.Gender.PINNED ? "M" : "F";
    }

    private static String lengthText(double m) {
        long tenths = Math.round(m * 10);
        String whole = Long.toString(tenths / 10);
        whole = whole.length() >= 3 ? whole : "0".repeat(3 - whole.length()) + whole;
        return tenths % 10 == 0 ? whole : whole + "p" + tenths % 10;
    }

    /**
     * Price-book ids of a cable: per assembly (per leg for a trunk) and per metre, with the part-number template and
     * jacket of the per-assembly entry, resolved once.
     *
     * @param perAssembly        e.g. {@code trunk-assembly:MPO-12} or {@code cord:MPO-12}; non-blank
     * @param perMetre           e.g. {@code trunk-metre:MPO-12}; non-blank
     * @param partNumberTemplate the price book's template for the part number, empty when none
     * @param jacket             the jacket rating, empty when the price book names none
     */
    public record CablePriceIds(String perAssembly, String perMetre, String partNumberTemplate, String jacket) {
        public CablePriceIds {
            requireText("perAssembly", perAssembly);
            requireText("perMetre", perMetre);
            Objects.requireNonNull(partNumberTemplate, "partNumberTemplate");
            Objects.requireNonNull(jacket, "jacket");
        }
    }
}
