package org.cablesim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.cablesim.random.RandomStreams;
import org.junit.jupiter.api.Test;

class EventKernelTest {

    private final EventKernel kernel = new EventKernel();
    private final List<String> trace = new ArrayList<>();

    private Runnable log(String name) {
        return () -> trace.add(name + "@" + kernel.now());
    }

    @Test
    void tiesAreBrokenByPriorityThenInsertionOrder() {
        kernel.schedule(5, 1, log("a"));
        kernel.post(5, 0, log("b"));
        kernel.schedule(5, 1, log("c"));
        kernel.postAt(5, -1, log("d"));
        kernel.scheduleAt(4, 7, log("e"));
        kernel.post(5, 0, log("f"));
        kernel.runAll();
        assertEquals(List.of("e@4.0", "d@5.0", "b@5.0", "f@5.0", "a@5.0", "c@5.0"), trace);
        assertEquals(6, kernel.executedCount());
        assertEquals(5.0, kernel.now());
    }

    @Test
    void priorityExtremesOrderCorrectly() {
        kernel.post(1, EventKernel.MAX_PRIORITY, log("max"));
        kernel.post(1, 0, log("zero"));
        kernel.post(1, EventKernel.MIN_PRIORITY, log("min"));
        kernel.runAll();
        assertEquals(List.of("min@1.0", "zero@1.0", "max@1.0"), trace);
    }

    @Test
    void cancelledEventNeverRunsAndCancelIsIdempotent() {
        EventHandle keep = kernel.schedule(1, log("keep"));
        EventHandle drop = kernel.schedule(2, log("drop"));
        assertEquals(2, kernel.pendingCount());
        assertTrue(kernel.cancel(drop));
        assertFalse(kernel.cancel(drop), "second cancel is a no-op");
        assertTrue(drop.isCancelled());
        assertEquals(1, kernel.pendingCount());
        kernel.runAll();
        assertEquals(List.of("keep@1.0"), trace);
        assertFalse(kernel.cancel(keep), "cancel after run is a no-op");
        assertFalse(keep.isCancelled());
        assertFalse(keep.isPending());
        assertEquals(1.0, kernel.now(), "a cancelled event does not move the clock");
        assertEquals(0, kernel.pendingCount());
    }

    @Test
    void anEventMayCancelAnotherDueAtTheSameTimeButNotItself() {
        EventHandle[] later = new EventHandle[1];
        EventHandle[] self = new EventHandle[1];
        self[0] = kernel.schedule(1, () -> {
            trace.add("first");
            assertTrue(kernel.cancel(later[0]));
            assertFalse(kernel.cancel(self[0]), "already running: no-op");
        });
        later[0] = kernel.schedule(1, log("second"));
        kernel.runAll();
        assertEquals(List.of("first"), trace);
    }

    @Test
    void cancellingAHandleOfAnotherKernelIsRejected() {
        EventHandle foreign = new EventKernel().schedule(1, log("x"));
        assertThrows(IllegalArgumentException.class, () -> kernel.cancel(foreign));
    }

    @Test
    void runUntilExecutesStrictlyEarlierEventsAndSetsTheClock() {
        for (double t : new double[] {1, 2, 3, 3, 4}) {
            kernel.postAt(t, 0, log("e"));
        }
        kernel.run(3);
        assertEquals(List.of("e@1.0", "e@2.0"), trace);
        assertEquals(3.0, kernel.now());
        assertEquals(3, kernel.pendingCount(), "both events at exactly 3 and the one at 4 remain");
        assertEquals(3.0, kernel.nextEventTime());
        kernel.run(3); // until == now: nothing runs
        assertEquals(2, trace.size());
        kernel.run(3.5);
        assertEquals(List.of("e@1.0", "e@2.0", "e@3.0", "e@3.0"), trace);
        assertEquals(3.5, kernel.now());
        assertThrows(IllegalArgumentException.class, () -> kernel.run(3.4));
        assertThrows(IllegalArgumentException.class, () -> kernel.run(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> kernel.run(Double.POSITIVE_INFINITY));
    }

    @Test
    void runUntilWithNothingPendingStillAdvancesTheClock() {
        kernel.run(10);
        assertEquals(10.0, kernel.now());
        assertEquals(Double.POSITIVE_INFINITY, kernel.nextEventTime());
        assertFalse(kernel.step());
    }

    @Test
    void actionsSchedulingAtTheCurrentTimeRunInOrder() {
        kernel.post(1, () -> {
            trace.add("parent");
            kernel.post(0, log("child1"));
            kernel.post(0, log("child2"));
            kernel.post(0, -1, log("urgent"));
        });
        kernel.post(1, log("sibling")); // already pending at t=1, same priority, inserted earlier
        kernel.runAll();
        assertEquals(List.of("parent", "urgent@1.0", "sibling@1.0", "child1@1.0", "child2@1.0"), trace);
    }

    @Test
    void nestedRunIsRejected() {
        kernel.post(1, () -> kernel.step());
        assertThrows(IllegalStateException.class, kernel::runAll);
        kernel.post(1, () -> kernel.run(5));
        assertThrows(IllegalStateException.class, () -> kernel.run(10));
    }

    @Test
    void exceptionInActionPropagatesAndKernelStaysUsable() {
        kernel.post(1, () -> {
            throw new IllegalStateException("boom");
        });
        kernel.post(2, log("after"));
        assertThrows(IllegalStateException.class, kernel::runAll);
        assertEquals(1.0, kernel.now());
        assertEquals(1, kernel.executedCount());
        kernel.runAll();
        assertEquals(List.of("after@2.0"), trace);
    }

    @Test
    void rejectsInvalidTimesPrioritiesAndActions() {
        kernel.run(2);
        assertThrows(IllegalArgumentException.class, () -> kernel.post(-1e-9, log("x")));
        assertThrows(IllegalArgumentException.class, () -> kernel.post(Double.NaN, log("x")));
        assertThrows(IllegalArgumentException.class, () -> kernel.schedule(Double.POSITIVE_INFINITY, log("x")));
        assertThrows(IllegalArgumentException.class, () -> kernel.scheduleAt(1.999, 0, log("x")));
        assertThrows(IllegalArgumentException.class, () -> kernel.postAt(Double.NaN, 0, log("x")));
        assertThrows(IllegalArgumentException.class, () -> kernel.post(1, EventKernel.MAX_PRIORITY + 1, log("x")));
        assertThrows(IllegalArgumentException.class, () -> kernel.post(1, EventKernel.MIN_PRIORITY - 1, log("x")));
        assertThrows(NullPointerException.class, () -> kernel.post(1, null));
        assertThrows(IllegalArgumentException.class, () -> new EventKernel(-1));
        assertEquals(0, kernel.pendingCount(), "rejected calls schedule nothing");
        kernel.scheduleAt(2, 0, log("now")); // time == now is fine
        kernel.runAll();
        assertEquals(List.of("now@2.0"), trace);
    }

    @Test
    void delayOverflowingToInfinityIsRejected() {
        kernel.run(1e308);
        assertThrows(IllegalArgumentException.class, () -> kernel.post(Double.MAX_VALUE, log("x")));
        assertEquals(0, kernel.pendingCount());
    }

    @Test
    void negativeZeroTimeOrdersAsZero() {
        kernel.postAt(0.0, 1, log("b"));
        kernel.postAt(-0.0, 2, log("c"));
        kernel.postAt(0.0, 0, log("a"));
        kernel.runAll();
        assertEquals(List.of("a@0.0", "b@0.0", "c@0.0"), trace);
    }

    @Test
    void massCancellationCompactsAndKeepsOrder() {
        List<EventHandle> handles = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            int id = i;
            handles.add(kernel.schedule(1000 - i, 0, () -> trace.add(Integer.toString(id))));
        }
        for (int i = 0; i < 1000; i++) {
            if (i % 10 != 3) {
                assertTrue(kernel.cancel(handles.get(i)));
            }
        }
        assertEquals(100, kernel.pendingCount());
        kernel.runAll();
        List<String> expected = new ArrayList<>();
        for (int i = 993; i >= 0; i -= 10) {
            expected.add(Integer.toString(i));
        }
        assertEquals(expected, trace);
        assertEquals(100, kernel.executedCount());
    }

    @Test
    void nextEventTimeSkipsCancelledEvents() {
        EventHandle first = kernel.schedule(1, log("a"));
        kernel.schedule(2, log("b"));
        kernel.cancel(first);
        assertEquals(2.0, kernel.nextEventTime());
        assertTrue(kernel.step());
        assertEquals(List.of("b@2.0"), trace);
    }

    @Test
    void aMillionRandomEventsRunInNonDecreasingTimeOrder() {
        UniformRandomProvider rng = RandomStreams.of(7).stream("kernel-test", "million", 0);
        int n = 1_000_000;
        double[] lastTime = {-1};
        long[] violations = {0};
        int[] runs = {0};
        List<EventHandle> cancellable = new ArrayList<>();
        int cancelled = 0;
        Runnable check = () -> {
            if (kernel.now() < lastTime[0]) {
                violations[0]++;
            }
            lastTime[0] = kernel.now();
            runs[0]++;
        };
        for (int i = 0; i < n; i++) {
            // Coarse times (multiples of 1/8) give many ties, exercising the key comparison too.
            double delay = Math.floor(rng.nextDouble() * 8000) / 8;
            if (i % 100 == 0) {
                cancellable.add(kernel.schedule(delay, rng.nextInt(3), check));
            } else {
                kernel.post(delay, rng.nextInt(3), check);
            }
        }
        for (int i = 0; i < cancellable.size(); i += 2) {
            kernel.cancel(cancellable.get(i));
            cancelled++;
        }
        kernel.runAll();
        assertEquals(0, violations[0]);
        assertEquals(n - cancelled, runs[0]);
        assertEquals(n - cancelled, kernel.executedCount());
        assertEquals(0, kernel.pendingCount());
    }

    @Test
    void identicalRunsGiveIdenticalTraces() {
        assertEquals(randomTrace(11), randomTrace(11));
        assertFalse(randomTrace(11).equals(randomTrace(12)), "the trace depends on the seed");
    }

    /** A self-exciting process with cancellations; returns "id@time" for every executed event. */
    private static List<String> randomTrace(long seed) {
        EventKernel k = new EventKernel();
        UniformRandomProvider rng = RandomStreams.of(seed).stream("kernel-test", "trace", 0);
        List<String> out = new ArrayList<>();
        List<EventHandle> open = new ArrayList<>();
        int[] nextId = {0};
        Runnable[] spawn = new Runnable[1];
        spawn[0] = () -> {
            for (int c = rng.nextInt(3); c > 0 && nextId[0] < 5000; c--) {
                int id = nextId[0]++;
                EventHandle h = k.schedule(Math.floor(rng.nextDouble() * 4) / 2, rng.nextInt(2), () -> {
                    out.add(id + "@" + k.now());
                    spawn[0].run();
                });
                open.add(h);
            }
            if (!open.isEmpty() && rng.nextInt(4) == 0) {
                k.cancel(open.remove(rng.nextInt(open.size())));
            }
        };
        for (int i = 0; i < 20; i++) {
            spawn[0].run();
        }
        k.runAll();
        return out;
    }

    @Test
    void stepRunsExactlyOneEvent() {
        kernel.post(1, log("a"));
        kernel.post(2, log("b"));
        assertTrue(kernel.step());
        assertEquals(List.of("a@1.0"), trace);
        assertEquals(1, kernel.pendingCount());
        assertTrue(kernel.step());
        assertFalse(kernel.step());
        assertEquals(2, kernel.executedCount());
    }
}
