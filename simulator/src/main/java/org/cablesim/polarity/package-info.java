/**
 * TIA-568.3 polarity as algebra: every cable, adapter and module is a map of fibre slots (port,
 * 1-based ferrule position); a channel is right when the composed map carries the near Tx lanes
 * onto the far Rx lanes and every mated pair obeys gender, key, polish and ferrule rules. Pure domain
 * logic on the catalog's plug facts; no I/O.
 *
 * <p>May import: catalog, stats.
 */
package org.cablesim.polarity;
