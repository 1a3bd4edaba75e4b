package org.cablesim.netbox;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a push did: the objects it created and updated (endpoint, natural key, NetBox id), how many already matched,
 * and, when it stopped, why. A push that stopped can be run again: it finds what it created and goes on.
 *
 * @param created   objects created, in order
 * @param updated   objects whose fields were changed
 * @param unchanged objects that already matched the export
 * @param failure   why the push stopped, empty when it completed
 */
public record PushReport(List<Change> created, List<Change> updated, int unchanged, Optional<String> failure) {
    /** One object written: its endpoint path, its natural key, its id. */
    public record Change(String endpoint, String key, long id) {
    }

    public PushReport {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        Objects.requireNonNull(failure, "failure");
    }

    /** Whether the push completed. */
    public boolean complete() {
        return failure.isEmpty();
    }
}
