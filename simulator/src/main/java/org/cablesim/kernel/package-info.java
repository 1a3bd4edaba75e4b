/**
 * A small, domain-free discrete-event kernel: an instance-held clock and a totally ordered event list
 * (time, then priority, then insertion order), plus a FIFO server pool. No statics, so replications
 * run in parallel on separate kernels.
 *
 * <p>May import: nothing (no domain word).
 */
package org.cablesim.kernel;
