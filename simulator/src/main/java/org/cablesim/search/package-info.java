/**
 * Study designs and design-space search: the points of sweeps, grids and Latin hypercubes, the search's candidate
 * plans, each evaluated as a pure function of (scenario text, seed, point) by an {@link
 * org.cablesim.search.EvaluationEngine} (this machine's threads, or a cluster engine from another module), and the
 * journal that lets an interrupted study resume.
 */
package org.cablesim.search;
