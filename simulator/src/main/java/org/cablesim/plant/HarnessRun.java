package org.cablesim.plant;

import java.util.Objects;
import org.cablesim.catalog.FibreType;
import org.cablesim.catalog.HarnessType;
import org.cablesim.polarity.ConversionModule;

/**
 * A breakout harness of a resolved channel: a cable whose two ends differ, its common plug in a broken-out port's MDI
 * and one leg per link of that port. Every link of the port runs through the same harness, each on its own leg; its
 * polarity view is the harness's fibre map ({@link org.cablesim.polarity.ConversionModules#harness}), installed so
 * that the ports facing the near transceiver come first.
 *
 * @param cableId  the harness's id in cable-schedule.csv, e.g. {@code H000001}, shared by the port's links; non-blank
 * @param label    where it runs, for messages and traces; non-blank
 * @param nearEnd  where its near end is plugged (a transceiver or a panel port); non-blank
 * @param farEnd   where its far end is plugged; non-blank
 * @param lengthM  installed (stock) length, metres, finite, ≥ 0 (the longest its links need)
 * @param type     the catalog harness
 * @param module   its fibre map and plugs, oriented near to far
 * @param fibre    the fibre type it is made of
 * @param leg      the leg this channel uses, 1..legs
 * @param side     NEAR when its common plug is in the lower device's port, FAR in the upper's
 * @param priceId  price-book id, {@code harness:<id>}; non-blank
 */
public record HarnessRun(String cableId, String label, String nearEnd, String farEnd, double lengthM,
        HarnessType type, ConversionModule module, FibreType fibre, int leg, TrunkSide side, String priceId)
        implements ResolvedElement {
    public HarnessRun {
        CableRun.requireText("cableId", cableId);
        CableRun.requireText("label", label);
        CableRun.requireText("nearEnd", nearEnd);
        CableRun.requireText("farEnd", farEnd);
        CableRun.requireText("priceId", priceId);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(fibre, "fibre");
        Objects.requireNonNull(side, "side");
        if (leg < 1 || leg > type.legCount()) {
            throw new IllegalArgumentException("leg must be in 1.." + type.legCount() + ", was " + leg);
        }
        if (!(lengthM >= 0 && lengthM < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("lengthM must be finite and >= 0, was " + lengthM);
        }
    }

    @Override
    public ElementKind kind() {
        return ElementKind.HARNESS;
    }

    @Override
    public ConversionModule polarity() {
        return module;
    }

    /** The port of the module the channel's lanes use on the legs' side. */
    public int legPort() {
        return leg;
    }

    /** The same harness at another place, for another of its legs. */
    public HarnessRun placed(String newCableId, String newLabel, String newNearEnd, String newFarEnd,
            double newLengthM, int newLeg) {
        return new HarnessRun(newCableId, newLabel, newNearEnd, newFarEnd, newLengthM, type,
                module.withLabel(newLabel), fibre, newLeg, side, priceId);
    }
}
