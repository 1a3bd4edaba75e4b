/**
 * Files of certification testing: {@code test-limits.csv} and {@code .json}, the measured OLTS and OTDR results the
 * as-built update reads, and the update's outputs (posterior catalog overlay, forecast, flags). An edge package:
 * CSV and JSON live here, the models in {@code org.cablesim.certification}.
 */
package org.cablesim.certificationfiles;
