/**
 * Result writers: summary.json (Jackson), CSV files, GraphML, the self-contained HTML report with its SVG charts, and
 * the CLI's text tables, all read from the study's results. May import: study and every domain package below it,
 * Jackson, JGraphT.
 */
package org.cablesim.report;
