package org.cablesim.study;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for work handed to a thread pool, passing its failure on as it was thrown. */
public final class Futures {
    private Futures() {
    }

    /**
     * The result of {@code future}; a runtime exception or error of the work is rethrown as is.
     *
     * @param what what the work is, for the message when the wait is interrupted
     */
    public static <T> T get(Future<T> future, String what) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
