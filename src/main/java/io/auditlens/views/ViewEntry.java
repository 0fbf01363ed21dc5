package io.auditlens.views;

import java.util.Objects;

/**
 * A view as a list shows it: the view and whether it is built in (built-in views can be copied but not renamed,
 * replaced or deleted).
 */
public record ViewEntry(SavedView view, boolean builtIn) {

    public ViewEntry {
        Objects.requireNonNull(view, "view");
    }

    /** The view's name. */
    public String name() {
        return view.name();
    }

    /** Whether the view may be renamed, replaced or deleted. */
    public boolean editable() {
        return !builtIn;
    }
}
