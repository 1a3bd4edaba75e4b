package org.cablesim.plant;

import java.util.Optional;
import org.cablesim.polarity.AdapterKeying;
import org.cablesim.polarity.PolarityType;
import org.cablesim.scenario.Architecture;
import org.cablesim.scenario.PolarityMethod;

/**
 * The TIA-568.3-E polarity method a tier's parts actually build, named from the parts (not from the plan's choice):
 * A = Type-A trunk, Type-A (key-up/key-down) adapters, Type-A lower and Type-B upper cord; B = Type-B trunk, cords and
 * Type-B (key-up/key-up) adapters (the same parts as U2 for parallel links); U1 = Type-B trunk and cords with Type-A
 * adapters (what APC array cabling builds); C = Type-C trunk, Type-A adapters, Type-B cords. Parts that fit none of
 * these are {@code custom}. A harness at an end stands in for that end's cord and does not decide the name.
 *
 * @param built   the method the parts build: {@code A}, {@code B}, {@code U1}, {@code U2}, {@code C}, {@code custom},
 *                or {@code direct Type-X} for a direct assembly
 * @param named   the method the plan named, if it named one
 * @param parts   the parts, e.g. {@code Type-B trunk, Type-A adapters, Type-B/Type-B cords}
 */
public record PolarityAsBuilt(String built, Optional<PolarityMethod> named, String parts) {
    /** Whether the parts build a method other than the one the plan named. */
    public boolean differsFromNamed() {
        return named.isPresent() && !named.get().name().equals(built)
                && !(named.get() == PolarityMethod.U2 && built.equals("B"));
    }

    /** E.g. {@code U1 (named B: Type-B trunk, Type-A adapters, Type-B/Type-B cords)}. */
    public String describe() {
        return built + (differsFromNamed() ? " (named " + named.get() + ": " + parts + ")" : "");
    }

    static PolarityAsBuilt of(TierPlugs p, Architecture architecture, Optional<PolarityMethod> named) {
        if (architecture == Architecture.DIRECT) {
            PolarityType t = p.lowerHarness != null || p.upperHarness != null ? null : p.lowerCordType;
            String built = t == null ? "direct harness" : "direct Type-" + t;
            return new PolarityAsBuilt(built, named, built);
        }
        boolean kukd = p.keying == AdapterKeying.KEY_UP_KEY_DOWN;
        PolarityType lower = p.lowerHarness != null ? null : p.lowerCordType;
        PolarityType upper = p.upperHarness != null ? null : p.upperCordType;
        String parts = "Type-" + p.trunkType + " trunk, Type-" + (kukd ? "A" : "B") + " adapters, "
                + cord(lower) + "/" + cord(upper) + " cords";
        String built;
        if (p.trunkType == PolarityType.A && kukd && is(lower, PolarityType.A) && is(upper, PolarityType.B)) {
            built = "A";
        } else if (p.trunkType == PolarityType.B && is(lower, PolarityType.B) && is(upper, PolarityType.B)) {
            built = kukd ? "U1" : named.filter(m -> m == PolarityMethod.U2).isPresent() ? "U2" : "B";
        } else if (p.trunkType == PolarityType.C && kukd && is(lower, PolarityType.B) && is(upper, PolarityType.B)) {
            built = "C";
        } else {
            built = "custom";
        }
        return new PolarityAsBuilt(built, named, parts);
    }

    private static boolean is(PolarityType cord, PolarityType wanted) {
        return cord == null || cord == wanted;
    }

    private static String cord(PolarityType t) {
        return t == null ? "harness" : "Type-" + t;
    }
}
