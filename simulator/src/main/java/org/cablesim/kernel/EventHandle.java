package org.cablesim.kernel;

/**
 * A cancellable scheduled event, returned by {@link EventKernel#schedule}; pass it to
 * {@link EventKernel#cancel} to withdraw the event before it runs.
 */
public final class EventHandle {

    static final byte PENDING = 0;
    static final byte DONE = 1;
    static final byte CANCELLED = 2;

    final EventKernel owner;
    private final double time;
    Runnable action;
    byte state = PENDING;

    EventHandle(EventKernel owner, double time, Runnable action) {
        this.owner = owner;
        this.time = time;
        this.action = action;
    }

    /** Returns the simulation time at which the event is (or was) due. */
    public double time() {
        return time;
    }

    /** Returns true while the event has neither run nor been cancelled. */
    public boolean isPending() {
        return state == PENDING;
    }

    /** Returns true if the event was cancelled before it ran. */
    public boolean isCancelled() {
        return state == CANCELLED;
    }

    @Override
    public String toString() {
        String s = state == PENDING ? "pending" : state == DONE ? "done" : "cancelled";
        return "EventHandle[time=" + time + ", " + s + "]";
    }
}
