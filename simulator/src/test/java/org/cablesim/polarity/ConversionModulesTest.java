package org.cablesim.polarity;

import static org.cablesim.catalog.Gender.PINNED;
import static org.cablesim.catalog.Gender.UNPINNED;
import static org.cablesim.polarity.AdapterKeying.KEY_UP_KEY_DOWN;
import static org.cablesim.polarity.AdapterKeying.KEY_UP_KEY_UP;
import static org.cablesim.polarity.Plugs.DR4_RX;
import static org.cablesim.polarity.Plugs.DR4_TX;
import static org.cablesim.polarity.Plugs.mpo12;
import static org.cablesim.polarity.Plugs.mpo16;
import static org.cablesim.polarity.Plugs.mpo8;
import static org.cablesim.polarity.PolarityType.B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cablesim.catalog.Polish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Conversion modules and universal transitions: exact fibre maps and end-to-end channels. */
class ConversionModulesTest {

    private final ChannelChecker checker = new ChannelChecker();
    // Module plugs face the trunk (pinned) from inside a rear adapter, so they are unpinned; their
    // front plugs meet unpinned equipment cords, so they are pinned.
    private static final ConnectorEnd M12_IN = mpo12(Polish.APC, UNPINNED);
    private static final ConnectorEnd M8_OUT = mpo8(Polish.APC, PINNED);
    private static final ConnectorEnd M16_IN = mpo16(Polish.APC, UNPINNED);
    private static final ConversionModule BASE12_TO_8 =
            ConversionModules.twoMpo12ToThreeMpo8("cassette K1", M12_IN, M8_OUT);

    @Test
    void twoDr4LinksOnTwoMpo12LegsComeOutOnTheOuterMpo8s() {
        // Each MPO-12 leg carries one DR4: lit positions 1–4 (Tx) and 9–12 (Rx), 5–8 dark.
        for (int leg = 1; leg <= 2; leg++) {
            int out = leg == 1 ? 1 : 3;
            for (int p : new int[] {1, 2, 3, 4, 9, 10, 11, 12}) {
                assertEquals(new PortPosition(out, p), BASE12_TO_8.forward(new PortPosition(leg, p)).orElseThrow(),
                        "leg " + leg + " position " + p);
            }
        }
        // The middle MPO-8 is fed only by the dark positions 5–8 of both legs.
        Set<PortPosition> middleSources = new HashSet<>();
        BASE12_TO_8.nearToFar().forEach((from, to) -> {
            if (to.port() == 2) {
                middleSources.add(from);
            }
        });
        Set<PortPosition> dark = new HashSet<>();
        for (int p = 5; p <= 8; p++) {
            dark.add(new PortPosition(1, p));
            dark.add(new PortPosition(2, p));
        }
        assertEquals(dark, middleSources);
        assertEquals(new PortPosition(2, 1), BASE12_TO_8.forward(new PortPosition(1, 5)).orElseThrow());
        assertEquals(new PortPosition(2, 12), BASE12_TO_8.forward(new PortPosition(2, 8)).orElseThrow());
    }

    @Test
    void conversionUsesEveryFibreOnBothSides() {
        assertEquals(24, BASE12_TO_8.nearToFar().size());
        assertEquals(24, new HashSet<>(BASE12_TO_8.nearToFar().values()).size());
        assertEquals(BASE12_TO_8, BASE12_TO_8.reversed().reversed());
    }

    /** Base-8 cord → conversion → 2-leg base-12 trunk → conversion → base-8 cord, one DR4 per MPO-8. */
    private static Channel base12Conversion(int nearOutput, int farOutput, boolean legsReversed) {
        ConnectorEnd cordPlug = mpo8(Polish.APC, UNPINNED);
        ConnectorEnd trunkPlug = mpo12(Polish.APC, PINNED);
        return Channel.of(
                Cable.cord("cord N", B, cordPlug, cordPlug),
                Adapter.routed("cassette K1 front " + nearOutput, KEY_UP_KEY_DOWN, 1, nearOutput),
                BASE12_TO_8.reversed(),
                Adapter.of("cassette K1 rear", KEY_UP_KEY_DOWN),
                new Cable("trunk T1", CableRole.TRUNK, B, trunkPlug, trunkPlug, 2, legsReversed),
                Adapter.of("cassette K2 rear", KEY_UP_KEY_DOWN),
                ConversionModules.twoMpo12ToThreeMpo8("cassette K2", M12_IN, M8_OUT),
                Adapter.routed("cassette K2 front " + farOutput, KEY_UP_KEY_DOWN, farOutput, 1),
                Cable.cord("cord F", B, cordPlug, cordPlug));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void outerMpo8LinksPassOverAStraightLeggedTypeBTrunk(int output) {
        assertEquals(List.of(), checker.check(base12Conversion(output, output, false), DR4_TX, DR4_RX));
    }

    @Test
    void middleMpo8LinkFailsOverAStraightLeggedTrunk() {
        // Tx 1–4 → cord 12..9 → leg 2 positions 8..5 → Type-B keeps leg 2: 5..8 → far MPO-8 #2 9..12
        // → cord 4..1: back onto Tx.
        List<Violation> v = checker.check(base12Conversion(2, 2, false), DR4_TX, DR4_RX);
        assertEquals(1, v.size(), v.toString());
        assertEquals(CheckKind.POLARITY, v.get(0).kind());
        assertTrue(v.get(0).reason().startsWith("Tx fibre at position 1 of the near transceiver lands on position 4"
                + " of the far transceiver, which is a Tx position"), v.get(0).reason());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void everyMpo8LinkPassesWhenTheTrunkLegsAreReversed(int output) {
        // Reversed legs (a 24-fibre Type-B pair) send MPO-8 #k to the far #(4−k).
        assertEquals(List.of(), checker.check(base12Conversion(output, 4 - output, true), DR4_TX, DR4_RX));
    }

    @Test
    void mpo16BreakoutMapsOuterAndInnerLanes() {
        ConversionModule m = ConversionModules.mpo16ToTwoMpo8("breakout H1", M16_IN, M8_OUT);
        int[][] expected = {
            // {MPO-16 position, MPO-8 port, MPO-8 position}
            {1, 1, 1}, {4, 1, 4}, {13, 1, 9}, {16, 1, 12}, {5, 2, 1}, {8, 2, 4}, {9, 2, 9}, {12, 2, 12}};
        for (int[] e : expected) {
            assertEquals(new PortPosition(e[1], e[2]), m.forward(new PortPosition(1, e[0])).orElseThrow());
        }
        assertEquals(16, m.nearToFar().size());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void dr4HalvesCrossAnMpo16TypeBTrunk(int half) {
        ConnectorEnd cordPlug = mpo8(Polish.APC, UNPINNED);
        ConnectorEnd trunkPlug = mpo16(Polish.APC, PINNED);
        ConversionModule breakout = ConversionModules.mpo16ToTwoMpo8("breakout", M16_IN, M8_OUT);
        Channel ch = Channel.of(Cable.cord("cord N", B, cordPlug, cordPlug),
                Adapter.routed("H1 front", KEY_UP_KEY_DOWN, 1, half), breakout.reversed(),
                Adapter.of("H1 rear", KEY_UP_KEY_DOWN), Cable.trunk("trunk T16", B, trunkPlug, trunkPlug, 1),
                Adapter.of("H2 rear", KEY_UP_KEY_DOWN), breakout,
                Adapter.routed("H2 front", KEY_UP_KEY_DOWN, half, 1), Cable.cord("cord F", B, cordPlug, cordPlug));
        assertEquals(List.of(), checker.check(ch, DR4_TX, DR4_RX));
    }

    @Test
    void universalTransitionPairsOuterFibresPerPort() {
        ConnectorEnd lc = Plugs.lcDuplex(Polish.APC);
        ConversionModule u1 = ConversionModules.universalTransition(PolarityType.U1, "U1", M12_IN, lc);
        assertEquals(6, u1.farPortCount());
        assertEquals(new PortPosition(1, 1), u1.forward(new PortPosition(1, 1)).orElseThrow());
        assertEquals(new PortPosition(1, 2), u1.forward(new PortPosition(1, 12)).orElseThrow());
        assertEquals(new PortPosition(6, 1), u1.forward(new PortPosition(1, 6)).orElseThrow());
        assertEquals(new PortPosition(6, 2), u1.forward(new PortPosition(1, 7)).orElseThrow());
        ConversionModule u2 = ConversionModules.universalTransition(PolarityType.U2, "U2", M12_IN, lc);
        assertEquals(new PortPosition(1, 2), u2.forward(new PortPosition(1, 1)).orElseThrow());
        ConversionModule u1base8 = ConversionModules.universalTransition(PolarityType.U1, "U1-8", M8_OUT, lc);
        assertEquals(4, u1base8.farPortCount());
        assertEquals(new PortPosition(4, 2), u1base8.forward(new PortPosition(1, 9)).orElseThrow());
        assertThrows(IllegalArgumentException.class,
                () -> ConversionModules.universalTransition(PolarityType.B, "x", M12_IN, lc));
    }

    /** A-to-B cord, LC adapter, transition, array adapter, Type-B trunk, array adapter, transition, …. */
    private static Channel universalDuplex(PolarityType method, AdapterKeying arrayAdapter, Polish polish, int port) {
        ConnectorEnd lc = Plugs.lcDuplex(polish);
        ConnectorEnd transitionPlug = mpo12(polish, UNPINNED);
        ConnectorEnd trunkPlug = mpo12(polish, PINNED);
        ConversionModule t = ConversionModules.universalTransition(method, "transition", transitionPlug, lc);
        return Channel.of(
                Cable.cord("A-to-B cord N", B, lc, lc),
                Adapter.routed("LC port " + port, KEY_UP_KEY_UP, 1, port),
                t.reversed(),
                Adapter.of("rear N", arrayAdapter),
                Cable.trunk("trunk", B, trunkPlug, trunkPlug, 1),
                Adapter.of("rear F", arrayAdapter),
                t,
                Adapter.routed("LC port " + port, KEY_UP_KEY_UP, port, 1),
                Cable.cord("A-to-B cord F", B, lc, lc));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void u1JoinsPortKToPortKWithApc(int port) {
        assertEquals(List.of(), checker.check(universalDuplex(PolarityType.U1, KEY_UP_KEY_DOWN, Polish.APC, port),
                Plugs.DUPLEX_TX, Plugs.DUPLEX_RX));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void u2JoinsPortKToPortKWithFlatPolish(int port) {
        assertEquals(List.of(), checker.check(universalDuplex(PolarityType.U2, KEY_UP_KEY_UP, Polish.UPC, port),
                Plugs.DUPLEX_TX, Plugs.DUPLEX_RX));
    }

    @Test
    void u2WithApcIsRejectedAtItsKeyUpKeyUpArrayAdapters() {
        List<Violation> v = checker.check(universalDuplex(PolarityType.U2, KEY_UP_KEY_UP, Polish.APC, 1),
                Plugs.DUPLEX_TX, Plugs.DUPLEX_RX);
        assertEquals(2, v.size(), v.toString());
        assertTrue(v.stream().allMatch(x -> x.kind() == CheckKind.POLISH), v.toString());
        assertEquals(List.of(3, 5), v.stream().map(Violation::elementIndex).toList());
    }

    @Test
    void mixingU1TransitionsWithKeyUpKeyUpAdaptersStillHoldsPolarity() {
        // With the symmetric (k, 13−k) pairing a mirror only swaps A and B inside a port, and the two
        // adapters' mirrors cancel: in this model U1 and U2 differ in what the adapters allow (APC),
        // not in which fibres meet.
        assertEquals(List.of(), checker.check(universalDuplex(PolarityType.U1, KEY_UP_KEY_UP, Polish.UPC, 2),
                Plugs.DUPLEX_TX, Plugs.DUPLEX_RX));
    }
}
