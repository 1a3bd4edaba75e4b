package org.cablesim.io;

/** Builds the dotted paths problems are reported at: {@code fabric}, {@code fabric.tiers}, {@code fabric.tiers[1]}. */
final class TreePath {
    private TreePath() {
    }

    static String field(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
