/**
 * The loss engine: per-link-class installation failure probabilities and margins by plain Monte Carlo,
 * exact gamma sums or importance sampling, aggregated per plan, with common random numbers keyed by
 * element (never by channel order) and results identical for any thread count.
 *
 * <p>May import: optics, random, scenario, stats, Apache Commons maths.
 */
package org.cablesim.montecarlo;
