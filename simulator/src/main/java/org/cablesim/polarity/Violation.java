package org.cablesim.polarity;

import java.util.Objects;

/**
 * One thing wrong with a channel, said so that a technician can fix it.
 *
 * @param kind         which rule is broken: POLARITY, GENDER, KEY, POLISH or FIBRE_COUNT
 * @param elementIndex index of the element to act on in the channel, or {@link #WHOLE_CHANNEL}
 * @param reason       what happens and what to change; non-blank
 */
public record Violation(CheckKind kind, int elementIndex, String reason) {

    /** Element index used when no single element is to blame. */
    public static final int WHOLE_CHANNEL = -1;

    public Violation {
        Objects.requireNonNull(kind, "kind");
        if (elementIndex < WHOLE_CHANNEL) {
            throw new IllegalArgumentException("elementIndex must be >= -1, was " + elementIndex);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a violation needs a reason");
        }
    }
}
