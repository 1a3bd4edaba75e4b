package org.cablesim.polarity;

import static org.cablesim.catalog.Gender.PINNED;
import static org.cablesim.catalog.Gender.UNPINNED;
import static org.cablesim.polarity.AdapterKeying.KEY_UP_KEY_DOWN;
import static org.cablesim.polarity.AdapterKeying.KEY_UP_KEY_UP;
import static org.cablesim.polarity.CheckKind.FIBRE_COUNT;
import static org.cablesim.polarity.CheckKind.GENDER;
import static org.cablesim.polarity.CheckKind.KEY;
import static org.cablesim.polarity.CheckKind.POLARITY;
import static org.cablesim.polarity.CheckKind.POLISH;
import static org.cablesim.polarity.Plugs.DR4_RX;
import static org.cablesim.polarity.Plugs.DR4_TX;
import static org.cablesim.polarity.Plugs.DR8_RX;
import static org.cablesim.polarity.Plugs.DR8_TX;
import static org.cablesim.polarity.Plugs.cord;
import static org.cablesim.polarity.Plugs.fiveElement;
import static org.cablesim.polarity.Plugs.mpo12;
import static org.cablesim.polarity.Plugs.mpo16;
import static org.cablesim.polarity.Plugs.trunk;
import static org.cablesim.polarity.PolarityType.A;
import static org.cablesim.polarity.PolarityType.B;
import static org.cablesim.polarity.PolarityType.C;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cablesim.catalog.Polish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The worked channels of TIA-568.3-E, checked exactly. */
class ChannelCheckerTest {

    private final ChannelChecker checker = new ChannelChecker();
    private static final ConnectorEnd MPO12_APC = mpo12(Polish.APC, PINNED);
    private static final ConnectorEnd MPO16_APC = mpo16(Polish.APC, PINNED);
    // Method B puts plugs in key-up/key-up adapters, which opposed 8° APC faces cannot use (TIA-568.3-E:
    // "APC needs Type-A adapters"), so the pure Method B runs use flat-polished plugs.
    private static final ConnectorEnd MPO12_UPC = mpo12(Polish.UPC, PINNED);
    private static final ConnectorEnd MPO16_UPC = mpo16(Polish.UPC, PINNED);

    @Test
    void methodBPassesDr4OnMpo12() {
        Channel ch = fiveElement(B, KEY_UP_KEY_UP, B, KEY_UP_KEY_UP, B, MPO12_UPC);
        assertEquals(List.of(), checker.check(ch, DR4_TX, DR4_RX));
    }

    @Test
    void methodBPassesDr8OnMpo16() {
        Channel ch = fiveElement(B, KEY_UP_KEY_UP, B, KEY_UP_KEY_UP, B, MPO16_UPC);
        assertEquals(List.of(), checker.check(ch, DR8_TX, DR8_RX));
    }

    @Test
    void methodBWithApcPlugsHasRightPolarityButBothAdaptersAreFlaggedForPolish() {
        Channel ch = fiveElement(B, KEY_UP_KEY_UP, B, KEY_UP_KEY_UP, B, MPO12_APC);
        List<Violation> v = checker.check(ch, DR4_TX, DR4_RX);
        assertEquals(List.of(POLISH, POLISH), kinds(v));
        assertEquals(List.of(1, 3), indices(v));
        assertTrue(v.get(0).reason().startsWith("mated pair 2 (panel P01 port 5): APC array plugs in a key-up/key-up"),
                v.get(0).reason());
    }

    @Test
    void typeBCablesWithTypeAAdaptersPassWithApc() {
        // The parallel form of U1: Type-B trunk and cords through key-up/key-down adapters, 3 flips.
        assertEquals(List.of(), checker.check(fiveElement(B, KEY_UP_KEY_DOWN, B, KEY_UP_KEY_DOWN, B, MPO12_APC),
                DR4_TX, DR4_RX));
        assertEquals(List.of(), checker.check(fiveElement(B, KEY_UP_KEY_DOWN, B, KEY_UP_KEY_DOWN, B, MPO16_APC),
                DR8_TX, DR8_RX));
    }

    @Test
    void methodAParallelPasses() {
        assertEquals(List.of(), checker.check(fiveElement(A, KEY_UP_KEY_DOWN, A, KEY_UP_KEY_DOWN, B, MPO12_APC),
                DR4_TX, DR4_RX));
        assertEquals(List.of(), checker.check(fiveElement(A, KEY_UP_KEY_DOWN, A, KEY_UP_KEY_DOWN, B, MPO16_APC),
                DR8_TX, DR8_RX));
    }

    @Test
    void allTypeAFailsWithOnePolarityViolationPointingAtTheFarCord() {
        Channel ch = fiveElement(A, KEY_UP_KEY_DOWN, A, KEY_UP_KEY_DOWN, A, MPO12_APC);
        List<Violation> v = checker.check(ch, DR4_TX, DR4_RX);
        assertEquals(1, v.size(), v.toString());
        assertEquals(POLARITY, v.get(0).kind());
        assertEquals(4, v.get(0).elementIndex());
        assertEquals("Tx fibre at position 1 of the near transceiver lands on position 1 of the far transceiver,"
                + " which is a Tx position (4 of 4 Tx lanes miss the Rx block): the channel has an even number of"
                + " polarity flips (0: Type-B cables and key-up/key-up adapters); replace the Type-A cord C2 at"
                + " element 4 with a Type-B cord", v.get(0).reason());
    }

    @Test
    void twoFlipsAreReportedAsEven() {
        // B cord + A trunk + B cord through Type-A adapters: 2 mirrors, Tx 1 → 12 → 12 → 1.
        Channel ch = fiveElement(B, KEY_UP_KEY_DOWN, A, KEY_UP_KEY_DOWN, B, MPO12_APC);
        Violation v = checker.check(ch, DR4_TX, DR4_RX).get(0);
        assertEquals(POLARITY, v.kind());
        assertTrue(v.reason().contains("even number of polarity flips (2"), v.reason());
        assertTrue(v.reason().endsWith("replace the Type-B cord C2 at element 4 with a Type-A cord"), v.reason());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 4})
    void anyTypeCElementInAParallelLinkFails(int cAt) {
        PolarityType[] types = {A, A, A, A, B};
        types[cAt] = C;
        Channel ch = fiveElement(types[0], KEY_UP_KEY_DOWN, types[2], KEY_UP_KEY_DOWN, types[4], MPO12_APC);
        List<Violation> v = checker.check(ch, DR4_TX, DR4_RX);
        assertTrue(v.stream().anyMatch(x -> x.kind() == POLARITY && x.elementIndex() == cAt), v.toString());
        assertTrue(v.stream().allMatch(x -> x.kind() == POLARITY), v.toString());
    }

    @Test
    void typeCFailsEvenWhereItsPairSwapKeepsTheTxBlock() {
        // A, A-adapter, C, A-adapter, B: Tx 1..4 → 2,1,4,3 → 11,12,9,10, all Rx positions, yet
        // TIA-568.3 allows Type-C only for duplex signals: exactly the Type-C rule fires.
        Channel ch = fiveElement(A, KEY_UP_KEY_DOWN, C, KEY_UP_KEY_DOWN, B, MPO12_APC);
        List<Violation> v = checker.check(ch, DR4_TX, DR4_RX);
        assertEquals(1, v.size(), v.toString());
        assertEquals(POLARITY, v.get(0).kind());
        assertEquals(2, v.get(0).elementIndex());
        assertTrue(v.get(0).reason().contains("pair-swaps fibres"), v.get(0).reason());
    }

    @Test
    void typeCIsAcceptedForADuplexSignal() {
        ConnectorEnd lc = Plugs.lcDuplex(Polish.UPC);
        Channel ch = Channel.of(Cable.cord("LC1", C, lc, lc));
        assertEquals(List.of(), checker.check(ch, Plugs.DUPLEX_TX, Plugs.DUPLEX_RX));
    }

    @Test
    void pinnedMeetsPinnedIsReportedAtItsAdapter() {
        Cable pinnedFarEnd = Cable.cord("C1", A, MPO12_APC.withGender(UNPINNED), MPO12_APC.withGender(PINNED));
        Channel ch = Channel.of(pinnedFarEnd, Adapter.of("panel P01 port 5", KEY_UP_KEY_DOWN),
                trunk("T1", A, MPO12_APC), Adapter.of("panel P02 port 5", KEY_UP_KEY_DOWN), cord("C2", B, MPO12_APC));
        List<Violation> v = checker.check(ch, DR4_TX, DR4_RX);
        assertEquals(1, v.size(), v.toString());
        assertEquals(GENDER, v.get(0).kind());
        assertEquals(1, v.get(0).elementIndex());
        assertTrue(v.get(0).reason().startsWith("mated pair 2 (panel P01 port 5): pinned plug meets pinned plug"),
                v.get(0).reason());
    }

    @Test
    void unpinnedMeetsUnpinnedIsReported() {
        Channel ch = Channel.of(cord("C1", A, MPO12_APC), Adapter.of("panel P01 port 5", KEY_UP_KEY_DOWN),
                cord("C2", B, MPO12_APC));
        List<Violation> v = checker.check(ch, DR4_TX, DR4_RX);
        assertEquals(List.of(GENDER), kinds(v));
        assertEquals(1, v.get(0).elementIndex());
        assertTrue(v.get(0).reason().contains("unpinned plug meets unpinned plug"), v.get(0).reason());
    }

    @Test
    void pinnedEquipmentCordMeetsPinnedTransceiver() {
        Cable cord = Cable.cord("C1", B, MPO12_APC.withGender(PINNED), MPO12_APC.withGender(UNPINNED));
        List<Violation> v = checker.check(Channel.of(cord), DR4_TX, DR4_RX);
        assertEquals(List.of(GENDER), kinds(v));
        assertEquals(0, v.get(0).elementIndex());
        assertTrue(v.get(0).reason().startsWith("mated pair 1 (near transceiver MDI): pinned plug meets pinned"),
                v.get(0).reason());
    }

    @Test
    void singleTypeBCordJoinsTwoTransceivers() {
        assertEquals(List.of(), checker.check(Channel.of(cord("C1", B, MPO12_APC)), DR4_TX, DR4_RX));
        assertEquals(List.of(POLARITY), kinds(checker.check(Channel.of(cord("C1", A, MPO12_APC)), DR4_TX, DR4_RX)));
    }

    @Test
    void mpo16MeetingMpo12ReportsFibreCountAndKeyAtTheAdapterAndTheLostLanes() {
        Channel ch = Channel.of(cord("C1", B, MPO16_APC), Adapter.of("panel P01 port 5", KEY_UP_KEY_DOWN),
                trunk("T1", B, MPO12_APC), Adapter.of("panel P02 port 5", KEY_UP_KEY_DOWN), cord("C2", B, MPO16_APC));
        List<Violation> v = checker.check(ch, DR8_TX, DR8_RX);
        assertEquals(Set.of(FIBRE_COUNT, KEY), kindsAt(v, 1));
        assertEquals(Set.of(FIBRE_COUNT, KEY), kindsAt(v, 3));
        // Tx 1 → 16 on the MPO-16 cord; an MPO-12 has no position 16.
        assertEquals(Set.of(FIBRE_COUNT), kindsAt(v, 2));
        assertEquals(5, v.size(), v.toString());
        Violation key = v.stream().filter(x -> x.kind() == KEY).findFirst().orElseThrow();
        assertTrue(key.reason().startsWith("mated pair 2 (panel P01 port 5): offset-keyed plug meets centre-keyed"),
                key.reason());
        Violation lost = v.get(4);
        assertTrue(lost.reason().startsWith("Tx fibre at position 1 of the near transceiver is lost at element 2:"
                + " position 16 does not exist on the MPO-12-APC plug"), lost.reason());
    }

    @Test
    void apcMeetingUpcIsReportedAtBothTrunkAdapters() {
        Channel ch = Channel.of(cord("C1", A, MPO12_APC), Adapter.of("panel P01 port 5", KEY_UP_KEY_DOWN),
                trunk("T1", A, MPO12_UPC), Adapter.of("panel P02 port 5", KEY_UP_KEY_DOWN), cord("C2", B, MPO12_APC));
        List<Violation> v = checker.check(ch, DR4_TX, DR4_RX);
        assertEquals(List.of(POLISH, POLISH), kinds(v));
        assertEquals(List.of(1, 3), indices(v));
        assertTrue(v.get(0).reason().startsWith("mated pair 2 (panel P01 port 5): APC meets UPC"), v.get(0).reason());
    }

    @Test
    void knownMdiIsCheckedForKeyAndPolish() {
        TransceiverPort near = TransceiverPort.of("leaf-03 port 17", DR4_TX, DR4_RX).withMdi(MPO12_APC);
        TransceiverPort far = TransceiverPort.of("spine-01 port 2", DR4_TX, DR4_RX).withMdi(MPO16_APC);
        List<Violation> v = checker.check(Channel.of(cord("C1", B, MPO12_APC)), near, far);
        assertEquals(Set.of(FIBRE_COUNT, KEY), kindsAt(v, 0));
        assertTrue(v.get(0).reason().startsWith("mated pair 2 (far transceiver (spine-01 port 2) MDI)"),
                v.get(0).reason());
    }

    @Test
    void reverseDirectionIsCheckedToo() {
        // A module that sends near Tx 1–4 to far 9–12 but far Tx 1–4 back to near 5–8 (dark).
        ConnectorEnd modulePlug = MPO12_APC.withGender(PINNED);
        Map<PortPosition, PortPosition> map = new HashMap<>();
        for (int j = 1; j <= 4; j++) {
            map.put(new PortPosition(1, j), new PortPosition(1, 8 + j));
            map.put(new PortPosition(1, 8 + j), new PortPosition(1, 4 + j));
            map.put(new PortPosition(1, 4 + j), new PortPosition(1, j));
        }
        ConversionModule odd = new ConversionModule("odd module", List.of(modulePlug), List.of(modulePlug), map);
        Channel ch = Channel.of(cord("C1", A, MPO12_APC), Adapter.of("a1", KEY_UP_KEY_DOWN), odd,
                Adapter.of("a2", KEY_UP_KEY_DOWN), cord("C2", A, MPO12_APC));
        List<Violation> v = checker.check(ch, DR4_TX, DR4_RX);
        assertEquals(1, v.size(), v.toString());
        assertEquals(POLARITY, v.get(0).kind());
        assertEquals("Tx fibre at position 1 of the far transceiver lands on position 5 of the near transceiver,"
                + " which is dark (neither Tx nor Rx) (4 of 4 Tx lanes miss the Rx block): follow the lane through"
                + " the modules: check each module's orientation and the trunk leg order", v.get(0).reason());
        assertEquals(Violation.WHOLE_CHANNEL, v.get(0).elementIndex());
    }

    @Test
    void transceiverOnAMissingPortIsRejected() {
        TransceiverPort near = TransceiverPort.of("n", DR4_TX, DR4_RX).onPort(2);
        TransceiverPort far = TransceiverPort.of("f", DR4_TX, DR4_RX);
        assertThrows(IllegalArgumentException.class,
                () -> checker.check(Channel.of(cord("C1", B, MPO12_APC)), near, far));
    }

    @Test
    void channelStructureIsValidated() {
        Adapter a = Adapter.of("a", KEY_UP_KEY_DOWN);
        Cable c = cord("C", B, MPO12_APC);
        assertThrows(IllegalArgumentException.class, () -> Channel.of(c, a));
        assertThrows(IllegalArgumentException.class, () -> Channel.of(c, c, c));
        assertThrows(IllegalArgumentException.class, () -> Channel.of(a));
        Cable twoLegs = Cable.trunk("T", B, MPO12_APC, MPO12_APC, 2);
        assertThrows(IllegalArgumentException.class, () -> Channel.of(c, a, twoLegs));
        assertThrows(IllegalArgumentException.class,
                () -> Channel.of(c, new Adapter("a", KEY_UP_KEY_DOWN, Map.of(1, 3)), twoLegs));
        assertThrows(IllegalArgumentException.class, () -> Cable.cord("U", PolarityType.U1, MPO12_APC, MPO12_APC));
        assertThrows(IllegalArgumentException.class, () -> Cable.cord("X", A, MPO12_APC, MPO16_APC));
    }

    @Test
    void transceiverLaneAssignmentsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> TransceiverPort.of("t", new int[] {1, 2}, new int[] {2, 3}));
        assertThrows(IllegalArgumentException.class, () -> TransceiverPort.of("t", new int[] {1, 2}, new int[] {9}));
        assertThrows(IllegalArgumentException.class,
                () -> new TransceiverPort("t", 1, List.of(1), List.of(2), Optional.of(MPO12_APC.withGender(UNPINNED))));
    }

    private static List<CheckKind> kinds(List<Violation> v) {
        return v.stream().map(Violation::kind).collect(Collectors.toList());
    }

    private static List<Integer> indices(List<Violation> v) {
        return v.stream().map(Violation::elementIndex).collect(Collectors.toList());
    }

    private static Set<CheckKind> kindsAt(List<Violation> v, int index) {
        return v.stream().filter(x -> x.elementIndex() == index).map(Violation::kind).collect(Collectors.toSet());
    }
}
