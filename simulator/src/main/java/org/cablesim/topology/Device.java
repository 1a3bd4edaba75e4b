package org.cablesim.topology;

import java.util.Objects;

/**
 * A server or switch of the logical fabric.
 *
 * @param id    unique, deterministic id, e.g. {@code su01-srv017}, {@code su01-leaf-rail3}, {@code leaf-007},
 *              {@code srv-0123}, {@code spine-012}, {@code core-003}
 * @param role  the layer the device sits in
 * @param unit  1-based group: the scalable unit for rail-optimised servers and leaves; the pod for leaf-spine
 *              servers and leaves and for every spine (a 2-tier fabric is a single pod); the core group for cores
 * @param index 0-based ordinal among the fabric's devices of the same role, in {@link LogicalFabric#devices()}
 *              order (dense, so it can index arrays)
 * @param rack  the rack the device stands in
 */
public record Device(String id, DeviceRole role, int unit, int index, RackLocation rack) {
    public Device {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("device id must be non-blank");
        }
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(rack, "rack");
        if (unit < 1 || index < 0) {
            throw new IllegalArgumentException("unit must be >= 1 and index >= 0 for " + id);
        }
    }
}
