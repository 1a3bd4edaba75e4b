package org.cablesim.plant;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.cablesim.scenario.PartKind;

/**
 * One line of a bill of materials.
 *
 * @param category     what kind of item
 * @param tierName     the tier the items serve
 * @param item         item name, e.g. {@code trunk 12xMPO-12 144f Type-B 30 m}
 * @param quantity     how many (hours for labour), ≥ 0
 * @param unit         {@code each} or {@code hour}
 * @param unitPriceUsd price per unit from the catalog price book, USD (0 when unpriced)
 * @param totalUsd     quantity × unit price, USD
 * @param priceIds     the price-book ids the unit price is built from, e.g. {@code 12 x (trunk-assembly:MPO-12 +
 *                     30 m x trunk-metre:MPO-12)}
 * @param priced       false when a price-book id is missing (then counted at 0 and flagged)
 * @param part         what a buyer orders by: part number and the facts a line must state (empty for labour)
 * @param replaceable  the lifecycle's kind of part when the items are parts a repair swaps (transceivers, trunks,
 *                     cords, jumpers, assemblies, harnesses, copper cables, cassettes), and so have spares; empty for
 *                     adapters, panels, splices and labour
 */
public record BomLine(Category category, String tierName, String item, double quantity, String unit,
        double unitPriceUsd, double totalUsd, String priceIds, boolean priced, Part part,
        Optional<PartKind> replaceable) {
    /**
     * The orderable facts of a cable line, read from the resolved cable (never re-derived from catalog ids).
     *
     * @param partNumber the price book's template filled in ({@link CableRun#partNumber}), empty when none
     * @param fibre      fibre type id, e.g. {@code OS2}
     * @param polarity   polarity type, e.g. {@code B}
     * @param gender     plug genders of the two ends, {@code M}/{@code F} (pinned/unpinned), e.g. {@code MM}
     * @param polish     end-face polish, e.g. {@code APC}
     * @param jacket     jacket rating, e.g. {@code LSZH}; empty when the price book names none
     */
    public record Part(String partNumber, String fibre, String polarity, String gender, String polish,
            String jacket) {
        /** No orderable facts (transceivers, panels, labour). */
        public static final Part NONE = new Part("", "", "", "", "", "");

        public Part {
            Objects.requireNonNull(partNumber, "partNumber");
            Objects.requireNonNull(fibre, "fibre");
            Objects.requireNonNull(polarity, "polarity");
            Objects.requireNonNull(gender, "gender");
            Objects.requireNonNull(polish, "polish");
            Objects.requireNonNull(jacket, "jacket");
        }

        /** The facts of a resolved cable at a stock length. */
        static Part of(CableRun run, double lengthM) {
            String g = CableRun.genderLetter(run.cable().endA()) + CableRun.genderLetter(run.cable().endB());
            // a cord is one product whichever end is near: order the genders
            if (g.equals("MF")) {
                g = "FM";
            }
            return new Part(run.partNumber(lengthM), run.fibre().id(), run.cable().type().name(), g,
                    run.cable().endA().polish().name(), run.priceIds().jacket());
        }
    }

    /** A line of items that are not spared, without orderable facts. */
    public BomLine(Category category, String tierName, String item, double quantity, String unit,
            double unitPriceUsd, double totalUsd, String priceIds, boolean priced) {
        this(category, tierName, item, quantity, unit, unitPriceUsd, totalUsd, priceIds, priced, Part.NONE,
                Optional.empty());
    }

    /** The spare line of this line: {@code spare <item>}, {@code quantity} items at this line's unit price. */
    public BomLine spare(double quantity) {
        return new BomLine(category, tierName, "spare " + item, quantity, unit, unitPriceUsd, quantity * unitPriceUsd,
                priceIds, priced, part, replaceable);
    }

    /** Kinds of BOM items, in report order. */
    public enum Category {
        TRANSCEIVERS,
        TRUNKS,
        CORDS,
        JUMPERS,
        ASSEMBLIES,
        CASSETTES,
        ADAPTERS,
        PANELS,
        LABOUR;

        /** The name used in files: lower case. */
        public String fileName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public BomLine {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(tierName, "tierName");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(replaceable, "replaceable");
        if (!(quantity >= 0) || !(unitPriceUsd >= 0)) {
            throw new IllegalArgumentException("quantity and price must be >= 0");
        }
    }
}
