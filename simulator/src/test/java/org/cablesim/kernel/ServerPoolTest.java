package org.cablesim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.cablesim.random.RandomStreams;
import org.junit.jupiter.api.Test;

class ServerPoolTest {

    @Test
    void twoServersThreeRequestsHandCalculated() {
        EventKernel kernel = new EventKernel();
        ServerPool pool = new ServerPool(kernel, 2);
        List<String> grants = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            // Each holder keeps its server for exactly 1 h.
            pool.request(() -> {
                grants.add(name + "@" + kernel.now());
                kernel.post(1, pool::release);
            });
        }
        assertEquals(2, pool.busyCount());
        assertEquals(1, pool.queueLength());
        kernel.runAll();
        assertEquals(List.of("a@0.0", "b@0.0", "c@1.0"), grants);
        assertEquals(2.0, kernel.now());
        // busy(t) = 2 on [0,1), 1 on [1,2): area 3 over 2 h. queue(t) = 1 on [0,1): area 1 over 2 h.
        assertEquals(1.5, pool.meanBusy(), 1e-12);
        assertEquals(0.5, pool.meanQueueLength(), 1e-12);
        // Waits 0, 0, 1.
        assertEquals(1.0 / 3, pool.meanWait(), 1e-12);
        assertEquals(3, pool.grantedCount());
        assertEquals(0, pool.busyCount());
    }

    @Test
    void queueIsFifoAndResetRestartsStatistics() {
        EventKernel kernel = new EventKernel();
        ServerPool pool = new ServerPool(kernel, 1);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int id = i;
            kernel.post(i * 0.1, () -> pool.request(() -> {
                order.add(id);
                kernel.post(1, pool::release);
            }));
        }
        kernel.run(2.5); // grants at 0, 1, 2; third holder busy until 3
        pool.resetStatistics();
        kernel.runAll();
        assertEquals(List.of(0, 1, 2, 3, 4), order);
        assertEquals(5.0, kernel.now());
        // After the reset at 2.5: busy throughout [2.5, 5], grants at 3 (id 3, asked at 0.3) and 4 (id 4, at 0.4).
        assertEquals(1.0, pool.meanBusy(), 1e-12);
        assertEquals(2, pool.grantedCount());
        assertEquals(((3 - 0.3) + (4 - 0.4)) / 2, pool.meanWait(), 1e-12);
        // Queue after 2.5: 2 waiting until 3, 1 waiting until 4: area 1 + 1 = 2 over 2.5 h.
        assertEquals(2 / 2.5, pool.meanQueueLength(), 1e-12);
    }

    @Test
    void rejectsMisuse() {
        EventKernel kernel = new EventKernel();
        assertThrows(IllegalArgumentException.class, () -> new ServerPool(kernel, 0));
        ServerPool pool = new ServerPool(kernel, 1);
        assertThrows(IllegalStateException.class, pool::release);
        assertThrows(NullPointerException.class, () -> pool.request(null));
        assertTrue(Double.isNaN(pool.meanWait()));
        assertTrue(Double.isNaN(pool.meanBusy()), "no time has elapsed");
    }

    /** Erlang C mean wait in queue of M/M/c: C(c, a) / (c mu - lambda) with a = lambda / mu. */
    static double erlangCMeanWait(int c, double lambda, double mu) {
        double a = lambda / mu;
        double term = 1;
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double tail = term * c / (c - a); // a^c / c! * c / (c - a)
        return tail / (sum + tail) / (c * mu - lambda);
    }

    @Test
    void erlangCFormulaMatchesHandCalculation() {
        // c = 3, a = 2.4: sum = 1 + 2.4 + 2.88 = 6.28, tail = 2.304 * 5 = 11.52, C = 11.52 / 17.8,
        // Wq = C / 0.6 = 1.0786516853932584.
        assertEquals(11.52 / 17.8 / 0.6, erlangCMeanWait(3, 2.4, 1.0), 1e-12);
        assertEquals(0.8 / 0.2, erlangCMeanWait(1, 0.8, 1.0), 1e-12); // M/M/1: rho / (mu - lambda)
    }

    @Test
    void mmcQueueMatchesErlangC() {
        // M/M/3, lambda = 2.4/h, mu = 1/h (rho = 0.8). R = 20 independent replications, each with a
        // 500 h warm-up (about 15 relaxation times) then 5000 h observed. The replication means are
        // approximately normal and unbiased, so each assertion below fails with probability 1e-3
        // (two-sided t interval, 19 d.f.); three assertions: false-failure rate <= 3e-3 (seeds are fixed).
        int c = 3;
        double lambda = 2.4;
        double mu = 1.0;
        int replications = 20;
        SummaryStatistics waits = new SummaryStatistics();
        SummaryStatistics busy = new SummaryStatistics();
        SummaryStatistics queue = new SummaryStatistics();
        RandomStreams streams = RandomStreams.of(314159);
        for (int r = 0; r < replications; r++) {
            EventKernel kernel = new EventKernel();
            ServerPool pool = new ServerPool(kernel, c);
            ZigguratSampler.Exponential interarrival =
                    ZigguratSampler.Exponential.of(streams.stream("arrival", "mmc", r), 1 / lambda);
            ZigguratSampler.Exponential service =
                    ZigguratSampler.Exponential.of(streams.stream("service", "mmc", r), 1 / mu);
            Runnable release = pool::release;
            Runnable startService = () -> kernel.post(service.sample(), release);
            Runnable[] arrival = new Runnable[1];
            arrival[0] = () -> {
                pool.request(startService);
                kernel.post(interarrival.sample(), arrival[0]);
            };
            kernel.post(interarrival.sample(), arrival[0]);
            kernel.run(500);
            pool.resetStatistics();
            kernel.run(5500);
            waits.addValue(pool.meanWait());
            busy.addValue(pool.meanBusy());
            queue.addValue(pool.meanQueueLength());
        }
        double t = new TDistribution(replications - 1).inverseCumulativeProbability(1 - 1e-3 / 2);
        double wq = erlangCMeanWait(c, lambda, mu);
        assertWithin(wq, waits, t, "mean wait (Erlang C)");
        assertWithin(lambda / mu, busy, t, "time-average busy servers (offered load)");
        assertWithin(lambda * wq, queue, t, "time-average queue length (Little)");
    }

    private static void assertWithin(double exact, SummaryStatistics stats, double t, String what) {
        double halfWidth = t * stats.getStandardDeviation() / Math.sqrt(stats.getN());
        double error = stats.getMean() - exact;
        assertTrue(Math.abs(error) < halfWidth,
                () -> what + ": estimate " + stats.getMean() + " vs exact " + exact + ", half-width " + halfWidth);
    }
}
