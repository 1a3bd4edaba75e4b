package org.cablesim.bench;

import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.cablesim.random.RandomStreams;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * Side-by-side hold-model throughput of {@link org.cablesim.kernel.EventKernel} and SSJ 3.3.2's default
 * event list ({@code Simulator()} uses a {@code SplayTree}); same delays, same warm-up protocol.
 * A main program, deliberately not a test: timings are not asserted.
 *
 * <p>Run: {@code mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt} in
 * {@code simulator/}, then {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.cablesim.bench.KernelVsSsjComparison [events] [rounds]}.
 */
public final class KernelVsSsjComparison {

    private KernelVsSsjComparison() {
    }

    /** SSJ hold event: reschedules itself after Exp(1); stops the simulator when the countdown hits 0. */
    private static final class SsjHold extends Event {
        private final ZigguratSampler.Exponential delay;
        private final long[] countdown;

        SsjHold(Simulator sim, ZigguratSampler.Exponential delay, long[] countdown) {
            super(sim);
            this.delay = delay;
            this.countdown = countdown;
        }

        @Override
        public void actions() {
            schedule(delay.sample());
            if (--countdown[0] == 0) {
                sim.stop();
            }
        }
    }

    /** SSJ hold model: each of {@code pending} Event objects reschedules itself after Exp(1). */
    static double ssjEventsPerSecond(int pending, long events, long seed) {
        Simulator sim = new Simulator();
        sim.init();
        ZigguratSampler.Exponential delay =
                ZigguratSampler.Exponential.of(RandomStreams.of(seed).stream("bench-hold", "delay", 0));
        long[] countdown = new long[1];
        for (int i = 0; i < pending; i++) {
            new SsjHold(sim, delay, countdown).schedule(delay.sample());
        }
        countdown[0] = events / 5;
        sim.start();
        countdown[0] = events;
        long start = System.nanoTime();
        sim.start();
        double seconds = (System.nanoTime() - start) / 1e9;
        return events / seconds;
    }

    /**
     * Prints events/s of both engines for 10^3 and 10^5 pending events.
     *
     * @param args optional: timed events per run (default 10^7), rounds (default 3)
     */
    public static void main(String[] args) {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf("hold model, %d timed events after %d warm-up, %d rounds (best and all)%n",
                events, events / 5, rounds);
        for (int pending : new int[] {1_000, 100_000}) {
            double[] kernel = new double[rounds];
            double[] ssj = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                kernel[r] = KernelHoldBenchmark.run(pending, events, 1 + r).eventsPerSecond();
                ssj[r] = ssjEventsPerSecond(pending, events, 1 + r);
            }
            System.out.printf("pending %,7d  cablesim %6.2f M/s %s  SSJ SplayTree %6.2f M/s %s  ratio %.2f%n",
                    pending, max(kernel) / 1e6, list(kernel), max(ssj) / 1e6, list(ssj), max(kernel) / max(ssj));
        }
    }

    private static double max(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static String list(double[] values) {
        StringBuilder sb = new StringBuilder("[");
        for (double v : values) {
            sb.append(sb.length() > 1 ? " " : "").append(String.format("%.2f", v / 1e6));
        }
        return sb.append(']').toString();
    }
}
