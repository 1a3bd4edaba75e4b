/**
 * Benchmarks of cablesim's own code paths, run from the CLI; the only code allowed to read a wall clock. May import:
 * study and every domain package, io (to read scenarios).
 */
package org.cablesim.bench;
