/**
 * The physical plant and the one resolved model every later stage reads: the floor's pathway graph (racks, drops,
 * trays), panels, trunks, cords and cassettes, and for every logical link one {@link
 * org.cablesim.plant.ResolvedChannel} per MDI, whose elements carry every physical fact resolved once against the
 * effective catalog (plugs, fibre, loss model, reflectance, part and price ids); checks, counts and a priced bill of
 * materials.
 *
 * <p>Entry point: {@link org.cablesim.plant.CablingRouter} ({@link org.cablesim.plant.ShortestTrayRouter}) turns a
 * logical fabric, floor, catalog and plan into an immutable {@link org.cablesim.plant.CablingPlan}. Per-link state is
 * kept in compact arrays; channels and cable rows are built on demand, per-shape facts once. May import: topology,
 * scenario, catalog, polarity, optics, stats, JGraphT.
 */
package org.cablesim.plant;
