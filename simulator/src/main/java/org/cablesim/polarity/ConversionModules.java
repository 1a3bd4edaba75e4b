package org.cablesim.polarity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cablesim.catalog.CassetteConversion;
import org.cablesim.catalog.HarnessType;

/**
 * Factories for common modules, each with the fibre map it assumes written out, since vendors differ.
 * All maps are written array (trunk) side near, far side towards the equipment; call
 * {@link ConversionModule#reversed()} for the other orientation.
 */
public final class ConversionModules {

    private static final int A = 1;
    private static final int B = 2;

    private ConversionModules() {
    }

    /**
     * The module a catalog cassette's conversion builds, seen from its rear (trunk) ports toward its front ports.
     *
     * @param conversion the catalog conversion
     * @param label      where the module is; non-blank
     * @param rear       plug of each rear port
     * @param front      plug of each front port
     * @return the module
     */
    public static ConversionModule of(CassetteConversion conversion, String label, ConnectorEnd rear,
            ConnectorEnd front) {
        return of(conversion, null, label, rear, front);
    }

    /**
     * The module a catalog cassette's conversion builds, seen from its rear (trunk) ports toward its front ports.
     *
     * @param conversion the catalog conversion
     * @param harness    for {@link CassetteConversion#HARNESS}, the harness whose map the cassette carries; else null
     * @param label      where the module is; non-blank
     * @param rear       plug of each rear port
     * @param front      plug of each front port
     * @return the module
     */
    public static ConversionModule of(CassetteConversion conversion, HarnessType harness, String label,
            ConnectorEnd rear, ConnectorEnd front) {
        return switch (conversion) {
            case TWO_MPO12_TO_THREE_MPO8 -> twoMpo12ToThreeMpo8(label, rear, front);
            case MPO16_TO_TWO_MPO8 -> mpo16ToTwoMpo8(label, rear, front);
            case UNIVERSAL_U1 -> universalTransition(PolarityType.U1, label, rear, front);
            case UNIVERSAL_U2 -> universalTransition(PolarityType.U2, label, rear, front);
            case HARNESS -> harness(harness, label, rear, front);
        };
    }

    /**
     * A fan-out from a catalog harness's fibre map, seen from its common plug (near, port 1) toward its legs (far
     * ports 1..legs): common position {@code commonPositions[i]} of leg k reaches position {@code legPositions[i]}
     * of far port k. The same map serves a breakout harness cable and a harness cassette.
     *
     * @param harness the catalog harness
     * @param label   where it is; non-blank
     * @param common  the common plug (the harness's common connector)
     * @param leg     every leg's plug (the harness's leg connector)
     * @return the module
     */
    public static ConversionModule harness(HarnessType harness, String label, ConnectorEnd common, ConnectorEnd leg) {
        if (harness == null) {
            throw new IllegalArgumentException(label + ": a harness module needs its catalog harness");
        }
        Map<PortPosition, PortPosition> map = new HashMap<>();
        for (int k = 1; k <= harness.legCount(); k++) {
            HarnessType.Leg l = harness.legs().get(k - 1);
            for (int i = 0; i < l.legPositions().size(); i++) {
                map.put(new PortPosition(1, l.commonPositions().get(i)), new PortPosition(k, l.legPositions().get(i)));
            }
        }
        return new ConversionModule(label, List.of(common), Collections.nCopies(harness.legCount(), leg), map);
    }

    /**
     * 2×MPO-12 → 3×MPO-8 conversion (base-12 trunk to base-8 equipment), straight-through positions.
     *
     * <p>Map (the "outer lanes stay" convention, chosen so that a DR4 already running on positions
     * 1–4/9–12 of an MPO-12 passes through unchanged; other vendors number the 24 fibres serially
     * instead — supply your own map for those):
     * <ul>
     *   <li>MPO-8 #1 positions 1–4, 9–12 ← MPO-12 #1 positions 1–4, 9–12;</li>
     *   <li>MPO-8 #2 positions 1–4 ← MPO-12 #1 positions 5–8; positions 9–12 ← MPO-12 #2 positions 5–8;</li>
     *   <li>MPO-8 #3 positions 1–4, 9–12 ← MPO-12 #2 positions 1–4, 9–12.</li>
     * </ul>
     * With a Type-B trunk whose legs keep their order, MPO-8 #2's Tx lanes return on MPO-12 #1 and
     * cannot reach #2's Rx lanes at the far module: that output needs a trunk whose two legs are
     * reversed end to end (a 24-fibre Type-B pair); the checker reports it.
     *
     * @param label    where the module is; non-blank
     * @param mpo12    the module's MPO-12 plug: 12 positions × 1 row, fully populated
     * @param mpo8     the module's MPO-8 plug: 12 positions × 1 row, 8 fibres
     */
    public static ConversionModule twoMpo12ToThreeMpo8(String label, ConnectorEnd mpo12, ConnectorEnd mpo8) {
        requireGeometry(mpo12, 12, 1, 12, "MPO-12");
        requireGeometry(mpo8, 12, 1, 8, "MPO-8");
        Map<PortPosition, PortPosition> map = new HashMap<>();
        for (int p : new int[] {1, 2, 3, 4, 9, 10, 11, 12}) {
            map.put(new PortPosition(1, p), new PortPosition(1, p));
            map.put(new PortPosition(2, p), new PortPosition(3, p));
        }
        for (int p = 5; p <= 8; p++) {
            map.put(new PortPosition(1, p), new PortPosition(2, p - 4));
            map.put(new PortPosition(2, p), new PortPosition(2, p + 4));
        }
        return new ConversionModule(label, List.of(mpo12, mpo12), List.of(mpo8, mpo8, mpo8), map);
    }

    /**
     * MPO-16 → 2×MPO-8 breakout (one DR8/SR8 port into two DR4/SR4 ports), straight-through.
     *
     * <p>Map: MPO-8 #1 positions 1–4 ← MPO-16 1–4 and 9–12 ← MPO-16 13–16 (the outer lanes);
     * MPO-8 #2 positions 1–4 ← MPO-16 5–8 and 9–12 ← MPO-16 9–12 (the inner lanes). A mirror of the
     * MPO-16 (i → 17−i) keeps outer lanes outer and inner lanes inner, so each DR4 half stays whole
     * through Type-B cabling. This is an assumption: no public standard fixes the harness map.
     *
     * @param label  where the module is; non-blank
     * @param mpo16  the module's MPO-16 plug: 16 positions × 1 row, fully populated
     * @param mpo8   the module's MPO-8 plug: 12 positions × 1 row, 8 fibres
     */
    public static ConversionModule mpo16ToTwoMpo8(String label, ConnectorEnd mpo16, ConnectorEnd mpo8) {
        requireGeometry(mpo16, 16, 1, 16, "MPO-16");
        requireGeometry(mpo8, 12, 1, 8, "MPO-8");
        Map<PortPosition, PortPosition> map = new HashMap<>();
        for (int j = 1; j <= 4; j++) {
            map.put(new PortPosition(1, j), new PortPosition(1, j));
            map.put(new PortPosition(1, 12 + j), new PortPosition(1, 8 + j));
            map.put(new PortPosition(1, 4 + j), new PortPosition(2, j));
            map.put(new PortPosition(1, 8 + j), new PortPosition(2, 8 + j));
        }
        return new ConversionModule(label, List.of(mpo16), List.of(mpo8, mpo8), map);
    }

    /**
     * A TIA-568.3-E universal fibre transition: one one-row array plug to f/2 duplex ports.
     *
     * <p>Modelling (the standard's figures were not available; treat the A/B assignment as an
     * assumption): duplex port k takes the k-th fibre from the left and the k-th from the right,
     * the "universal wiring" pairing (1,12), (2,11), … (6,7) on an MPO-12 and (1,12) … (4,9) on an
     * MPO-8. U1 puts the left fibre on position A; U2 is U1 seen through a key-up/key-up adapter
     * (left fibre on B), so "U1 transition + Type-A adapter" and "U2 transition + Type-B adapter"
     * deliver the same fibres to the trunk. With a Type-B trunk, the same transition at both ends and
     * A-to-B duplex cords, port k meets port k and A meets B; the pairing (2k−1, 2k) would also
     * satisfy polarity but would join port k to port 7−k.
     *
     * @param type    U1 or U2
     * @param label   where the transition is; non-blank
     * @param array   the array plug: one row, even fibre count
     * @param duplex  each duplex port's plug: 2 positions × 1 row, fully populated (A = 1, B = 2)
     */
    public static ConversionModule universalTransition(PolarityType type, String label, ConnectorEnd array,
                                                       ConnectorEnd duplex) {
        if (type != PolarityType.U1 && type != PolarityType.U2) {
            throw new IllegalArgumentException("a universal transition is U1 or U2, not " + type);
        }
        if (array.rows() != 1 || array.fibreCount() % 2 != 0) {
            throw new IllegalArgumentException(label + ": universal transitions are modelled for one-row array"
                    + " plugs with an even fibre count, got " + array.connectorTypeId());
        }
        requireGeometry(duplex, 2, 1, 2, "duplex");
        List<Integer> fibres = new ArrayList<>();
        for (int p = 1; p <= array.positions(); p++) {
            if (array.isPopulated(p)) {
                fibres.add(p);
            }
        }
        int ports = fibres.size() / 2;
        Map<PortPosition, PortPosition> map = new HashMap<>();
        for (int k = 1; k <= ports; k++) {
            int left = fibres.get(k - 1);
            int right = fibres.get(fibres.size() - k);
            boolean leftOnA = type == PolarityType.U1;
            map.put(new PortPosition(1, left), new PortPosition(k, leftOnA ? A : B));
            map.put(new PortPosition(1, right), new PortPosition(k, leftOnA ? B : A));
        }
        return new ConversionModule(label, List.of(array), Collections.nCopies(ports, duplex), map);
    }

    private static void requireGeometry(ConnectorEnd end, int fibresPerRow, int rows, int fibres, String what) {
        if (end.fibresPerRow() != fibresPerRow || end.rows() != rows || end.fibreCount() != fibres) {
            throw new IllegalArgumentException("expected an " + what + " plug (" + fibresPerRow + " positions × "
                    + rows + " row, " + fibres + " fibres), got " + end.connectorTypeId() + " with "
                    + end.fibresPerRow() + " × " + end.rows() + ", " + end.fibreCount() + " fibres");
        }
    }
}
