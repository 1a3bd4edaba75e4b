package org.cablesim.scenario;

/** What the plant does when the provisioned panel ports or trunk fibres run out. */
public enum CapacityPolicy {
    /** Add trunks and panels as needed (the provisioned counts are a minimum). */
    ADD,
    /** Route nothing beyond the provisioned counts; every link that does not fit is reported. */
    FAIL
}
