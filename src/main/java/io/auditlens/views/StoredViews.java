package io.auditlens.views;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The user's views as the views file holds them at one moment.
 *
 * @param views    saved views, in file order, with names made unique
 * @param warning  what the user should hear about the file, if anything
 * @param readOnly set when the file was written by a later version, whose data a rewrite could lose
 */
record StoredViews(List<SavedView> views, Optional<String> warning, boolean readOnly) {

    StoredViews {
        views = List.copyOf(views);
        Objects.requireNonNull(warning, "warning");
    }

    static StoredViews none() {
        return new StoredViews(List.of(), Optional.empty(), false);
    }
}
