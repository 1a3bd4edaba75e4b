/**
 * Certification testing: per-lane test limits (application and TIA-568.3 component limits, the expected loss and
 * polarity from the plan's loss model) and the as-built update of the loss classes from measured results
 * (Bayesian, by Metropolis-within-Gibbs). Domain code: reads the resolved plant and its optical view, no file
 * formats.
 */
package org.cablesim.certification;
