package org.cablesim.catalog;

/** Where an MPO's key sits: centre (MPO-8/12/24), offset (MPO-16/32, cannot mate with centre) or none (LC). */
public enum KeyStyle {
    CENTRE,
    OFFSET,
    NONE
}
