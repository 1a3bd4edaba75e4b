/**
 * Files to domain values and back: scenario and catalog files (YAML/JSON via Jackson) read and validated into
 * {@code scenario} and {@code catalog} records with field paths in every problem, the JSON Schema of the format,
 * catalog writing. No pipeline stage runs here (the study's preparation generates fabrics and resolves plans).
 * May import: scenario, catalog, polarity, optics, lifecycle (its defaults), stats, Jackson, SnakeYAML.
 */
package org.cablesim.io;
