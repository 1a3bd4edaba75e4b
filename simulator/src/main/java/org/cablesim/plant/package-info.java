/**
 * The physical plant: the floor's pathway graph (racks, vertical drops, row trays, cross-aisle and main trays),
 * patch panels, trunks, cords, cassettes, and for every logical link the routed {@link org.cablesim.polarity.Channel}
 * of each of its MDIs, with fibre positions, checks, counts and a priced bill of materials.
 *
 * <p>Entry point: {@link org.cablesim.plant.CablingRouter} ({@link org.cablesim.plant.ShortestTrayRouter}) turns a
 * logical fabric, floor, catalog and plan into an immutable {@link org.cablesim.plant.CablingPlan}. Per-link state is
 * kept in compact arrays; channels, lane traces and cable rows are built on demand.
 */
package org.cablesim.plant;
