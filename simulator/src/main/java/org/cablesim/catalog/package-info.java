/**
 * The effective catalog: PMDs with their budgets and reflectance tables, connector types (with {@link
 * org.cablesim.catalog.Gender}, {@link org.cablesim.catalog.KeyStyle}, {@link org.cablesim.catalog.Polish}), fibre types,
 * loss and reflectance classes, cassettes, length bins, prices and labour: data with source notes, joined to scenarios
 * by id. May import: stats.
 */
package org.cablesim.catalog;
