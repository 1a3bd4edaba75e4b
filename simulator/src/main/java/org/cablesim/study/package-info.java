/**
 * Runs a scenario: prepares it (fabric, plan resolution, design checks), routes each plan, projects the resolved plant
 * onto the loss engine's and the lifecycle's inputs (projections with no physical rules of their own), estimates,
 * simulates, compares plans with common random numbers, and returns typed results. May import: lifecycle,
 * montecarlo, plant, topology, scenario, optics, polarity, catalog, random, stats.
 */
package org.cablesim.study;
