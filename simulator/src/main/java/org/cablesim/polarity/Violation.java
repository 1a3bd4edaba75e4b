package org.cablesim.polarity;

import java.util.Objects;

/**
 * One thing wrong with a channel, said so that a technician can fix it.
 *
 * @param kind         which rule is broken
 * @param elementIndex index of the element to act on in the channel, or {@link #WHOLE_CHANNEL}
 * @param reason       what happens and what to change; non-blank
 */
public record Violation(Kind kind, int elementIndex, String reason) {

    /** Element index used when no single element is to blame. */
    public static final int WHOLE_CHANNEL = -1;

    /** The rule a violation breaks. */
    public enum Kind {
        /** Tx lanes do not land on the far Rx lanes, or a Type-C element sits in a parallel link. */
        POLARITY,
        /** Pinned meets pinned or unpinned meets unpinned. */
        GENDER,
        /** Offset key meets centre key, or an array plug meets a non-array plug. */
        KEY,
        /** APC meets a flat polish, or APC array plugs sit in a key-up/key-up adapter. */
        POLISH,
        /** Plugs of different ferrule geometry meet, or a lit lane reaches a position without a fibre. */
        FIBRE_COUNT
    }

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
