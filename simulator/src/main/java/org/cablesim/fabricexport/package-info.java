/**
 * The fabric export: devices and logical links with tier, PMD, length and P(fail), and the shared-risk groups the
 * routes create (links sharing a trunk, a cassette, a panel or a pathway segment), as GraphML, networkx node-link
 * JSON and NetGraph-style YAML. An edge package: it writes files.
 */
package org.cablesim.fabricexport;
