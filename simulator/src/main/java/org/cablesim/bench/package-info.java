/** Micro-benchmarks of cablesim's engines, run from the CLI; the only code allowed to read a wall clock. */
package org.cablesim.bench;
