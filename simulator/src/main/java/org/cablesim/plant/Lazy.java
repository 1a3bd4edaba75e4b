package org.cablesim.plant;

import java.util.function.Supplier;

/**
 * A value computed once, on first use, by any thread (double-checked; the supplier may run at most once).
 *
 * @param <T> the value's type
 */
final class Lazy<T> {
    private final Supplier<T> supplier;
    private volatile T value;

    Lazy(Supplier<T> supplier) {
        this.supplier = supplier;
    }

    T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = supplier.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
