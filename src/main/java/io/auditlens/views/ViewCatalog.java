package io.auditlens.views;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every view at one moment: the built-in ones first, then the user's in the order they were saved, with a warning
 * to show when the views file had to be set aside or cannot be changed.
 *
 * @param views   built-in views, then saved views
 * @param warning one line for the user, when something about the views file needs their attention
 */
public record ViewCatalog(List<ViewEntry> views, Optional<String> warning) {

    public ViewCatalog {
        views = List.copyOf(views);
        Objects.requireNonNull(warning, "warning");
    }

    /** The view with this name, ignoring case. */
    public Optional<ViewEntry> find(String name) {
        return views.stream().filter(e -> ViewNames.same(e.name(), name)).findFirst();
    }

    /** The names of all views, in list order. */
    public List<String> names() {
        return views.stream().map(ViewEntry::name).toList();
    }

    /** The user's own views, in the order they were saved. */
    public List<SavedView> saved() {
        return views.stream().filter(ViewEntry::editable).map(ViewEntry::view).toList();
    }
}
