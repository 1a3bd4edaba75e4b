package org.cablesim.study;

/**
 * Receives progress of a long run: stages and units of work. Implementations must be thread-safe; calls
 * never influence results.
 */
public interface ProgressListener {
    /** A listener that ignores everything. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void stage(String name, long units) {
        }

        @Override
        public void advance(long units) {
        }
    };

    /**
     * A new stage begins.
     *
     * @param name  what is being done, e.g. "plan mpo16: routing"
     * @param units units of work in the stage (≥ 0; 0 when unknown)
     */
    void stage(String name, long units);

    /** {@code units} more units of the current stage are done. */
    void advance(long units);

    /**
     * {@code units} more units of the stage started as {@code name} are done; for stages that run side by side
     * (plans in parallel). By default the same as {@link #advance(long)}.
     */
    default void advance(String name, long units) {
        advance(units);
    }
}
