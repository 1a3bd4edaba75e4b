package org.cablesim.kernel;

import java.util.Arrays;
import java.util.Objects;

/**
 * A discrete-event kernel: a clock and a list of pending actions executed in a total order, by
 * time, then priority (lower first), then insertion order (FIFO). Not thread-safe; one per replication.
 *
 * <p>The kernel is unit-agnostic: times and delays are plain doubles. By cablesim convention the
 * simulation time unit is the hour, but nothing here depends on it.
 *
 * <p>{@code run(until)} follows SimPy: it executes the events due strictly before {@code until}, then
 * sets the clock to {@code until}; events due at exactly {@code until} stay pending. Actions may
 * schedule and cancel events (also at the current time, which then run in FIFO order after those
 * already due now at the same priority) but may not call {@code run}, {@code runAll} or {@code step}.
 * If an action throws, the exception propagates; the event counts as executed and the clock stays at
 * its time, so the kernel remains consistent.
 *
 * <p>The event list is a 4-ary min-heap in primitive arrays: for each event two {@code long} words
 * (the time's bits, which order like the time for non-negative doubles, and priority and sequence
 * packed into one key) side by side, so that an event's four children share a cache line, and the
 * action in a parallel {@code Object[]}. {@link #post} therefore allocates nothing per event;
 * {@link #schedule} allocates one {@link EventHandle}. Cancellation is lazy and O(1): the handle is
 * marked, skipped when it reaches the top, and the heap is compacted once most of it is cancelled.
 */
public final class EventKernel {

    /** Lowest (earliest-running) priority accepted. */
    public static final int MIN_PRIORITY = Short.MIN_VALUE;
    /** Highest (latest-running) priority accepted. */
    public static final int MAX_PRIORITY = Short.MAX_VALUE;

    private static final int SEQUENCE_BITS = 48;
    private static final long MAX_SEQUENCE = (1L << SEQUENCE_BITS) - 1;
    private static final int MIN_CAPACITY = 16;
    private static final int COMPACT_THRESHOLD = 64;

    /** Per event {@code i}: {@code nodes[2i]} = time bits, {@code nodes[2i+1]} = priority/sequence key. */
    private long[] nodes;
    /** Per event: a {@link Runnable} (posted) or an {@link EventHandle} (scheduled). */
    private Object[] actions;
    private int size;
    private int cancelledInHeap;
    private long nextSequence;
    private long executed;
    private double now;
    private boolean running;

    /** Creates a kernel with its clock at time 0 and no pending events. */
    public EventKernel() {
        this(MIN_CAPACITY);
    }

    /**
     * Creates a kernel with its clock at time 0, sized for about {@code expectedPending} events.
     *
     * @param expectedPending expected number of simultaneously pending events, {@code >= 0}; a hint only
     */
    public EventKernel(int expectedPending) {
        if (expectedPending < 0) {
            throw new IllegalArgumentException("expectedPending must be >= 0, was " + expectedPending);
        }
        int capacity = Math.max(MIN_CAPACITY, expectedPending);
        nodes = new long[2 * capacity];
        actions = new Object[capacity];
    }

    /** Returns the current simulation time (hours by cablesim convention), {@code >= 0}. */
    public double now() {
        return now;
    }

    /** Returns the number of events scheduled or posted and neither executed nor cancelled. */
    public int pendingCount() {
        return size - cancelledInHeap;
    }

    /** Returns the number of actions executed so far (cancelled events are not counted). */
    public long executedCount() {
        return executed;
    }

    /** {@link #schedule(double, int, Runnable)} at priority 0. */
    public EventHandle schedule(double delay, Runnable action) {
        return schedule(delay, 0, action);
    }

    /**
     * Schedules a cancellable action after a delay.
     *
     * @param delay time from now, finite and {@code >= 0}
     * @param priority tie-breaker among events due at the same time, lower runs first, in
     *     [{@link #MIN_PRIORITY}, {@link #MAX_PRIORITY}]
     * @param action the action to run
     * @return the handle for {@link #cancel}
     */
    public EventHandle schedule(double delay, int priority, Runnable action) {
        return scheduleAt(timeAfter(delay), priority, action);
    }

    /**
     * Schedules a cancellable action at an absolute time.
     *
     * @param time when to run, finite and {@code >= now()}
     * @param priority see {@link #schedule(double, int, Runnable)}
     * @param action the action to run
     * @return the handle for {@link #cancel}
     */
    public EventHandle scheduleAt(double time, int priority, Runnable action) {
        double at = checkedTime(time);
        EventHandle handle = new EventHandle(this, at, Objects.requireNonNull(action, "action"));
        insert(at, priority, handle);
        return handle;
    }

    /** {@link #post(double, int, Runnable)} at priority 0: allocation-free, not cancellable. */
    public void post(double delay, Runnable action) {
        post(delay, 0, action);
    }

    /**
     * Posts a fire-and-forget action after a delay: allocation-free, not cancellable.
     *
     * @param delay time from now, finite and {@code >= 0}
     * @param priority see {@link #schedule(double, int, Runnable)}
     * @param action the action to run
     */
    public void post(double delay, int priority, Runnable action) {
        insert(timeAfter(delay), priority, Objects.requireNonNull(action, "action"));
    }

    /**
     * Posts a fire-and-forget action at an absolute time: allocation-free, not cancellable.
     *
     * @param time when to run, finite and {@code >= now()}
     * @param priority see {@link #schedule(double, int, Runnable)}
     * @param action the action to run
     */
    public void postAt(double time, int priority, Runnable action) {
        insert(checkedTime(time), priority, Objects.requireNonNull(action, "action"));
    }

    /**
     * Withdraws a scheduled event so that it never runs. Cancelling twice, or after the event ran
     * (including from within its own action), is a harmless no-op.
     *
     * @param handle a handle returned by this kernel's {@code schedule} methods
     * @return true if the event was pending and is now cancelled
     */
    public boolean cancel(EventHandle handle) {
        if (handle.owner != this) {
            throw new IllegalArgumentException("handle belongs to another kernel");
        }
        if (handle.state != EventHandle.PENDING) {
            return false;
        }
        handle.state = EventHandle.CANCELLED;
        handle.action = null;
        cancelledInHeap++;
        if (cancelledInHeap > COMPACT_THRESHOLD && cancelledInHeap > size / 2) {
            compact();
        }
        return true;
    }

    /** Returns the time of the next event that will run, or positive infinity if none is pending. */
    public double nextEventTime() {
        dropCancelledTop();
        return size == 0 ? Double.POSITIVE_INFINITY : Double.longBitsToDouble(nodes[0]);
    }

    /**
     * Executes the next pending event, advancing the clock to its time.
     *
     * @return false if no event was pending
     */
    public boolean step() {
        enter();
        try {
            return executeNextBefore(Double.POSITIVE_INFINITY);
        } finally {
            running = false;
        }
    }

    /**
     * Executes, in order, every event due strictly before {@code until}, then sets the clock to
     * {@code until}; events due at {@code until} or later stay pending.
     *
     * @param until finite end time, {@code >= now()}
     */
    public void run(double until) {
        if (!(until >= now) || until == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("until must be finite and >= now() = " + now + ", was " + until);
        }
        drain(until);
        now = until;
    }

    /** Executes events until none is pending; the clock stays at the last executed event's time. */
    public void runAll() {
        drain(Double.POSITIVE_INFINITY);
    }

    /** Runs every event due strictly before {@code until}. */
    private void drain(double until) {
        enter();
        try {
            while (executeNextBefore(until)) {
                // each iteration runs one action
            }
        } finally {
            running = false;
        }
    }

    private void enter() {
        if (running) {
            throw new IllegalStateException("run, runAll and step may not be called from within an action");
        }
        running = true;
    }

    /** Pops and runs the first live event due before {@code limit}; false if there is none. */
    private boolean executeNextBefore(double limit) {
        while (size > 0) {
            double time = Double.longBitsToDouble(nodes[0]);
            if (!(time < limit)) {
                return false;
            }
            Object item = removeTop();
            Runnable action;
            if (item instanceof EventHandle handle) {
                if (handle.state == EventHandle.CANCELLED) {
                    cancelledInHeap--;
                    continue;
                }
                handle.state = EventHandle.DONE;
                action = handle.action;
                handle.action = null;
            } else {
                action = (Runnable) item;
            }
            now = time;
            executed++;
            action.run();
            return true;
        }
        return false;
    }

    private double timeAfter(double delay) {
        if (!(delay >= 0) || delay == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("delay must be finite and >= 0, was " + delay);
        }
        double time = now + delay;
        if (time == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("now() + delay overflows: " + now + " + " + delay);
        }
        return time;
    }

    private double checkedTime(double time) {
        if (!(time >= now) || time == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("time must be finite and >= now() = " + now + ", was " + time);
        }
        // -0.0 would order before every positive time by its bits; +0.0 makes it 0.0.
        return time + 0.0;
    }

    private void insert(double time, int priority, Object item) {
        if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
            throw new IllegalArgumentException(
                    "priority must be in [" + MIN_PRIORITY + ", " + MAX_PRIORITY + "], was " + priority);
        }
        if (nextSequence > MAX_SEQUENCE) {
            throw new IllegalStateException("more than 2^48 events scheduled on one kernel");
        }
        // priority * 2^48 + sequence: signed order of the key is (priority, sequence) order.
        long key = ((long) priority << SEQUENCE_BITS) | nextSequence++;
        long timeBits = Double.doubleToRawLongBits(time);
        if (size == actions.length) {
            grow();
        }
        long[] n = nodes;
        Object[] a = actions;
        int hole = size++;
        while (hole > 0) {
            int parent = (hole - 1) >>> 2;
            long parentTime = n[2 * parent];
            long parentKey = n[2 * parent + 1];
            if (timeBits > parentTime || (timeBits == parentTime && key > parentKey)) {
                break;
            }
            n[2 * hole] = parentTime;
            n[2 * hole + 1] = parentKey;
            a[hole] = a[parent];
            hole = parent;
        }
        n[2 * hole] = timeBits;
        n[2 * hole + 1] = key;
        a[hole] = item;
    }

    private Object removeTop() {
        Object[] a = actions;
        Object top = a[0];
        int last = --size;
        long[] n = nodes;
        long timeBits = n[2 * last];
        long key = n[2 * last + 1];
        Object item = a[last];
        a[last] = null;
        if (last > 0) {
            siftDown(0, timeBits, key, item, last);
        }
        return top;
    }

    /** Places (timeBits, key, item) at or below {@code hole} in the heap of {@code count} events. */
    private void siftDown(int hole, long timeBits, long key, Object item, int count) {
        long[] n = nodes;
        Object[] a = actions;
        while (true) {
            int first = (hole << 2) + 1;
            if (first >= count) {
                break;
            }
            int end = Math.min(first + 4, count);
            int best = first;
            long bestTime = n[2 * first];
            long bestKey = n[2 * first + 1];
            for (int c = first + 1; c < end; c++) {
                long t = n[2 * c];
                if (t < bestTime || (t == bestTime && n[2 * c + 1] < bestKey)) {
                    best = c;
                    bestTime = t;
                    bestKey = n[2 * c + 1];
                }
            }
            if (timeBits < bestTime || (timeBits == bestTime && key < bestKey)) {
                break;
            }
            n[2 * hole] = bestTime;
            n[2 * hole + 1] = bestKey;
            a[hole] = a[best];
            hole = best;
        }
        n[2 * hole] = timeBits;
        n[2 * hole + 1] = key;
        a[hole] = item;
    }

    private void dropCancelledTop() {
        while (size > 0 && actions[0] instanceof EventHandle h && h.state == EventHandle.CANCELLED) {
            removeTop();
            cancelledInHeap--;
        }
    }

    /** Removes every cancelled event and rebuilds the heap (Floyd), O(size). */
    private void compact() {
        long[] n = nodes;
        Object[] a = actions;
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (a[i] instanceof EventHandle h && h.state == EventHandle.CANCELLED) {
                continue;
            }
            n[2 * kept] = n[2 * i];
            n[2 * kept + 1] = n[2 * i + 1];
            a[kept] = a[i];
            kept++;
        }
        Arrays.fill(a, kept, size, null);
        size = kept;
        cancelledInHeap = 0;
        for (int i = (size - 2) >>> 2; i >= 0 && size > 1; i--) {
            siftDown(i, n[2 * i], n[2 * i + 1], a[i], size);
        }
    }

    private void grow() {
        int capacity = actions.length * 2;
        nodes = Arrays.copyOf(nodes, 2 * capacity);
        actions = Arrays.copyOf(actions, capacity);
    }

    @Override
    public String toString() {
        return "EventKernel[now=" + now + ", pending=" + pendingCount() + ", executed=" + executed + "]";
    }
}
