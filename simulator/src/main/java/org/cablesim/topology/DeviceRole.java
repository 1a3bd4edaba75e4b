package org.cablesim.topology;

/** The layer a device sits in, from the servers up. */
public enum DeviceRole {
    SERVER,
    LEAF,
    SPINE,
    CORE
}
