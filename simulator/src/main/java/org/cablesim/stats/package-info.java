/**
 * The statistical vocabulary every stage shares: immutable distributions ({@link org.cablesim.stats.Distribution})
 * and their families, samplers, confidence intervals, replication estimates and the argument checks of value
 * records. The lowest layer: it knows no domain word and depends only on Apache Commons and the JDK.
 *
 * <p>May import: Apache Commons RNG, Statistics, Math and Numbers.
 */
package org.cablesim.stats;
