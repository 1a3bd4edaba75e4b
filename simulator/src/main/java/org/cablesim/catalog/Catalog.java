package org.cablesim.catalog;

/** The effective catalog of PMDs, connector, fibre and loss-class entries (filled in by the catalog work). */
public final class Catalog {
}
