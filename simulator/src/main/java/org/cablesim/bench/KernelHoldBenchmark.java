package org.cablesim.bench;

import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.cablesim.kernel.EventKernel;
import org.cablesim.random.RandomStreams;

/**
 * The classic hold model on {@link EventKernel}: a fixed number of pending events, each of which,
 * when executed, reschedules itself after an exponential delay of mean 1; measures events per second.
 */
public final class KernelHoldBenchmark {

    /**
     * One measurement.
     *
     * @param pending number of events kept pending, {@code >= 1}
     * @param events number of timed events executed, {@code >= 1}
     * @param seconds wall-clock time of the timed events, {@code > 0}
     * @param eventsPerSecond {@code events / seconds}
     */
    public record Result(int pending, long events, double seconds, double eventsPerSecond) {
        public Result {
            if (pending < 1 || events < 1 || !(seconds > 0) || !(eventsPerSecond > 0)) {
                throw new IllegalArgumentException("invalid benchmark result " + pending + ", " + events
                        + ", " + seconds + ", " + eventsPerSecond);
            }
        }
    }

    /** The single action shared by all pending events: run, then come back after Exp(1). */
    private static final class Hold implements Runnable {
        private final EventKernel kernel;
        private final ZigguratSampler.Exponential delay;

        Hold(EventKernel kernel, ZigguratSampler.Exponential delay) {
            this.kernel = kernel;
            this.delay = delay;
        }

        @Override
        public void run() {
            kernel.post(delay.sample(), this);
        }
    }

    private KernelHoldBenchmark() {
    }

    /**
     * Runs the hold model: fills the kernel with {@code pending} events, executes {@code events / 5}
     * events as an untimed warm-up (JIT and heap shape reach steady state), then times {@code events}.
     *
     * @param pending number of events kept pending, {@code >= 1}
     * @param events number of timed events, {@code >= 1}
     * @param seed master seed of the delay stream
     * @return the measurement
     */
    public static Result run(int pending, long events, long seed) {
        if (pending < 1 || events < 1) {
            throw new IllegalArgumentException("pending and events must be >= 1, were " + pending + ", " + events);
        }
        EventKernel kernel = new EventKernel(pending);
        ZigguratSampler.Exponential delay =
                ZigguratSampler.Exponential.of(RandomStreams.of(seed).stream("bench-hold", "delay", 0));
        Hold hold = new Hold(kernel, delay);
        for (int i = 0; i < pending; i++) {
            kernel.post(delay.sample(), hold);
        }
        execute(kernel, events / 5);
        long start = System.nanoTime();
        execute(kernel, events);
        double seconds = Math.max(System.nanoTime() - start, 1) / 1e9;
        return new Result(pending, events, seconds, events / seconds);
    }

    private static void execute(EventKernel kernel, long count) {
        for (long i = 0; i < count; i++) {
            kernel.step();
        }
    }
}
