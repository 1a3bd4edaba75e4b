/**
 * The lifecycle simulation: turn-up, hard failures, flaps, contamination, ageing, repairs with crews and
 * spares, upgrade waves and training-job impact, as processes on one {@link org.cablesim.kernel.EventKernel}
 * per replication. Replications run in parallel and are reduced in replication order, so results are
 * identical for any thread count. Simulation time unit: hours.
 *
 * <p>Input is the package's own {@link org.cablesim.lifecycle.LifecyclePlant} (links, connections and
 * components), fed from the physical plant ({@code study.PlanLifecycleInputs}) or built directly by tests.
 *
 * <p>May import: kernel, random, optics, scenario, stats, Apache Commons maths.
 */
package org.cablesim.lifecycle;
