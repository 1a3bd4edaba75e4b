/**
 * Named random streams: every stream is derived from (master seed, purpose, element id, replication)
 * by hashing, never from creation order, so adding a stream never shifts another and two plan
 * variants run with the same seed share their random numbers (common random numbers).
 *
 * <p>May import: stats, Commons RNG.
 */
package org.cablesim.random;
