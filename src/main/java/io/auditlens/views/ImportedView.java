package io.auditlens.views;

import java.util.Objects;

/**
 * A view added by an import, and the name it had in the imported file (different when that name was taken).
 */
public record ImportedView(String originalName, SavedView view) {

    public ImportedView {
        Objects.requireNonNull(originalName, "originalName");
        Objects.requireNonNull(view, "view");
    }

    /** Whether the view was saved under another name than the file gave it. */
    public boolean renamed() {
        return !originalName.equals(view.name());
    }
}
