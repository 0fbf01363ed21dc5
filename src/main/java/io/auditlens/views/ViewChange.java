package io.auditlens.views;

import java.util.List;
import java.util.Objects;

/**
 * What one change to the views did, and every view after it, so a list can be redrawn without reading the file
 * again.
 *
 * @param kind    what happened
 * @param names   the views concerned: {@code SAVED} and {@code DELETED} [name]; {@code RENAMED} [old, new];
 *                {@code DUPLICATED} [source, copy]; {@code IMPORTED} the names added
 * @param catalog every view after the change
 */
public record ViewChange(Kind kind, List<String> names, ViewCatalog catalog) {

    /** The kinds of change. */
    public enum Kind { SAVED, RENAMED, DUPLICATED, DELETED, IMPORTED }

    public ViewChange {
        Objects.requireNonNull(kind, "kind");
        names = List.copyOf(names);
        Objects.requireNonNull(catalog, "catalog");
    }
}
