package org.cablesim.plant;

import java.util.Objects;
import org.cablesim.polarity.CheckKind;

/**
 * One thing wrong with one link's cabling, said so that a technician can fix it.
 *
 * @param linkId       the logical link's id; for a {@link CheckKind#RACK_SPACE} violation, the rack's label
 * @param mdi          which of the link's MDIs (sub-channels) is affected, 1-based; 0 for the whole link
 * @param kind         the rule broken
 * @param elementIndex index of the element to act on in the channel, −1 when no single element is to blame
 * @param reason       what happens and what to change; non-blank
 */
public record PlantViolation(String linkId, int mdi, CheckKind kind, int elementIndex, String reason) {
    public PlantViolation {
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(kind, "kind");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a violation needs a reason");
        }
        if (mdi < 0 || elementIndex < -1) {
            throw new IllegalArgumentException("mdi must be >= 0 and elementIndex >= -1");
        }
    }

    @Override
    public String toString() {
        return linkId + (mdi > 0 ? " MDI " + mdi : "") + " " + kind + ": " + reason;
    }
}
