/**
 * The validated scenario: immutable domain records the rest of cablesim consumes. File formats
 * (Jackson DTOs) live in {@code org.cablesim.io} and are mapped onto these records there.
 *
 * <p>May import: catalog, polarity, optics, stats.
 */
package org.cablesim.scenario;
