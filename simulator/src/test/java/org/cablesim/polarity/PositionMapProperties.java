package org.cablesim.polarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.cablesim.catalog.Gender;
import org.cablesim.catalog.Polish;

/**
 * Algebra of position maps, and the A/B parity rule of TIA-568.3-E as a consequence of it. Seeds are
 * fixed so a run is reproducible; each property holds for every input, so a failure is a real defect.
 */
class PositionMapProperties {

    record Triple(PositionMap a, PositionMap b, PositionMap c) {
    }

    @Provide
    Arbitrary<Triple> sameSizeTriples() {
        return Arbitraries.integers().between(1, 32)
                .flatMap(n -> Combinators.combine(perm(n), perm(n), perm(n)).as(Triple::new));
    }

    private static Arbitrary<PositionMap> perm(int n) {
        List<Integer> positions = IntStream.rangeClosed(1, n).boxed().toList();
        return Arbitraries.shuffle(positions)
                .map(list -> new PositionMap(list.stream().mapToInt(Integer::intValue).toArray()));
    }

    @Property(seed = "568300")
    void compositionIsAssociative(@ForAll("sameSizeTriples") Triple t) {
        assertEquals(t.a().then(t.b()).then(t.c()), t.a().then(t.b().then(t.c())));
    }

    @Property(seed = "568300")
    void inverseComposedWithMapIsIdentity(@ForAll("sameSizeTriples") Triple t) {
        assertTrue(t.a().then(t.a().inverse()).isIdentity());
        assertTrue(t.a().inverse().then(t.a()).isIdentity());
    }

    @Property(seed = "568300")
    void inverseOfCompositionReversesOrder(@ForAll("sameSizeTriples") Triple t) {
        assertEquals(t.a().then(t.b()).inverse(), t.b().inverse().then(t.a().inverse()));
    }

    @Property(seed = "568300")
    void mirrorTwiceIsStraight(@ForAll @IntRange(min = 1, max = 32) int fibresPerRow,
                               @ForAll @IntRange(min = 1, max = 2) int rows) {
        PositionMap m = PositionMap.mirrored(fibresPerRow, rows);
        assertEquals(PositionMap.straight(fibresPerRow * rows), m.then(m));
        PositionMap r = PositionMap.rowsSwapped(fibresPerRow, rows);
        assertEquals(PositionMap.straight(fibresPerRow * rows), r.then(r));
        assertEquals(m.then(r), r.then(m));
    }

    @Property(seed = "568300")
    void pairSwapTwiceIsStraight(@ForAll @IntRange(min = 1, max = 16) int pairs,
                                 @ForAll @IntRange(min = 1, max = 2) int rows) {
        PositionMap c = PositionMap.pairSwapped(2 * pairs, rows);
        assertEquals(PositionMap.straight(2 * pairs * rows), c.then(c));
    }

    /**
     * Any chain of Type-A/Type-B cables joined by Type-A/Type-B adapters passes DR4 on MPO-12 and DR8
     * on MPO-16 exactly when it holds an odd number of mirrors. {@code flips[i]} says whether element i
     * mirrors (a Type-B cable at even i, a key-up/key-up adapter at odd i).
     */
    @Property(seed = "568300")
    void mirrorParityDecidesTheOutcomeOfABChains(@ForAll @Size(min = 1, max = 11) List<Boolean> flips) {
        List<Boolean> f = flips.size() % 2 == 0 ? flips.subList(0, flips.size() - 1) : flips;
        boolean odd = f.stream().filter(Boolean::booleanValue).count() % 2 == 1;
        ChannelChecker checker = new ChannelChecker();
        assertEquals(odd, checker.check(chain(f, Plugs.mpo12(Polish.UPC, Gender.PINNED)),
                Plugs.DR4_TX, Plugs.DR4_RX).isEmpty());
        assertEquals(odd, checker.check(chain(f, Plugs.mpo16(Polish.UPC, Gender.PINNED)),
                Plugs.DR8_TX, Plugs.DR8_RX).isEmpty());
    }

    /** Tracing a lane equals applying the composed element maps. */
    @Property(seed = "568300")
    void laneTraceEqualsComposedMap(@ForAll @Size(min = 1, max = 11) List<Boolean> flips,
                                    @ForAll @IntRange(min = 1, max = 12) int position) {
        List<Boolean> f = flips.size() % 2 == 0 ? flips.subList(0, flips.size() - 1) : flips;
        Channel ch = chain(f, Plugs.mpo12(Polish.UPC, Gender.PINNED));
        PositionMap composed = PositionMap.straight(12);
        for (ChannelElement e : ch.elements()) {
            composed = composed.then(e instanceof Cable c ? c.positionMap() : ((Junction) e).positionMap(12, 1));
        }
        int[] trace = LaneTracer.traceFar(ch, position);
        assertEquals(ch.size() + 1, trace.length);
        assertEquals(composed.apply(position), trace[trace.length - 1]);
    }

    private static Channel chain(List<Boolean> flips, ConnectorEnd plug) {
        List<ChannelElement> elements = new ArrayList<>();
        for (int i = 0; i < flips.size(); i++) {
            boolean flip = flips.get(i);
            if (i % 2 == 0) {
                // Unpinned towards the near side, pinned towards the far side except at the far MDI, so
                // every mated pair is one pinned and one unpinned plug.
                Gender far = i == flips.size() - 1 ? Gender.UNPINNED : Gender.PINNED;
                elements.add(Cable.cord("cable " + i, flip ? PolarityType.B : PolarityType.A,
                        plug.withGender(Gender.UNPINNED), plug.withGender(far)));
            } else {
                elements.add(Adapter.of("adapter " + i,
                        flip ? AdapterKeying.KEY_UP_KEY_UP : AdapterKeying.KEY_UP_KEY_DOWN));
            }
        }
        return new Channel(elements);
    }
}
