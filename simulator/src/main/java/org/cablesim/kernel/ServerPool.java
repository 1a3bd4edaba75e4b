package org.cablesim.kernel;

import java.util.ArrayDeque;
import java.util.Objects;

/**
 * A pool of identical servers (for example repair crews) shared through a FIFO queue on an
 * {@link EventKernel}, with time-average occupancy and waiting statistics.
 *
 * <p>A request that finds a free server is granted at once; otherwise it waits in FIFO order until a
 * {@link #release}. Either way the grant callback runs as a kernel event at the grant time (posted
 * with delay 0 and {@link #GRANT_PRIORITY}), never synchronously inside {@code request} or
 * {@code release}, so long release-grant chains cannot recurse.
 */
public final class ServerPool {

    /** Kernel priority of grant callbacks: ordinary priority 0, FIFO with other events due now. */
    public static final int GRANT_PRIORITY = 0;

    private record Waiting(double requestTime, Runnable onGranted) {
    }

    private final EventKernel kernel;
    private final int capacity;
    private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
    private int busy;

    private double statsStart;
    private double lastChange;
    private double busyArea;
    private double queueArea;
    private long granted;
    private double waitSum;

    /**
     * Creates an idle pool; statistics start at the kernel's current time.
     *
     * @param kernel the kernel whose clock and event list the pool uses
     * @param capacity number of servers, {@code >= 1}
     */
    public ServerPool(EventKernel kernel, int capacity) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.capacity = capacity;
        this.statsStart = kernel.now();
        this.lastChange = statsStart;
    }

    /**
     * Asks for one server; {@code onGranted} runs (as a kernel event) once one is allocated, and the
     * holder must later call {@link #release()} exactly once.
     *
     * @param onGranted the action to run when a server is allocated
     */
    public void request(Runnable onGranted) {
        Objects.requireNonNull(onGranted, "onGranted");
        accumulate();
        if (busy < capacity) {
            grant(kernel.now(), onGranted);
        } else {
            queue.addLast(new Waiting(kernel.now(), onGranted));
        }
    }

    /** Returns one server to the pool and grants it to the longest-waiting request, if any. */
    public void release() {
        if (busy == 0) {
            throw new IllegalStateException("release without a granted request");
        }
        accumulate();
        busy--;
        Waiting next = queue.pollFirst();
        if (next != null) {
            grant(next.requestTime(), next.onGranted());
        }
    }

    private void grant(double requestTime, Runnable onGranted) {
        busy++;
        granted++;
        waitSum += kernel.now() - requestTime;
        kernel.post(0.0, GRANT_PRIORITY, onGranted);
    }

    /** Adds the areas under busy(t) and queue(t) since the last change. */
    private void accumulate() {
        double now = kernel.now();
        double dt = now - lastChange;
        busyArea += dt * busy;
        queueArea += dt * queue.size();
        lastChange = now;
    }

    /**
     * Restarts the statistics at the current time (for warm-up deletion); requests granted from now
     * on count with their whole wait, including any part before the reset.
     */
    public void resetStatistics() {
        statsStart = kernel.now();
        lastChange = statsStart;
        busyArea = 0;
        queueArea = 0;
        granted = 0;
        waitSum = 0;
    }

    /** Returns the number of servers. */
    public int capacity() {
        return capacity;
    }

    /** Returns the number of servers currently allocated, in [0, capacity]. */
    public int busyCount() {
        return busy;
    }

    /** Returns the number of requests currently waiting. */
    public int queueLength() {
        return queue.size();
    }

    /** Returns the number of requests granted since the statistics started. */
    public long grantedCount() {
        return granted;
    }

    /** Returns the mean wait from request to grant of requests granted since the statistics started; NaN if none. */
    public double meanWait() {
        return granted == 0 ? Double.NaN : waitSum / granted;
    }

    /** Returns the time-average number of busy servers since the statistics started; NaN if no time elapsed. */
    public double meanBusy() {
        double now = kernel.now();
        return (busyArea + (now - lastChange) * busy) / (now - statsStart);
    }

    /** Returns the time-average number of waiting requests since the statistics started; NaN if no time elapsed. */
    public double meanQueueLength() {
        double now = kernel.now();
        return (queueArea + (now - lastChange) * queue.size()) / (now - statsStart);
    }
}
