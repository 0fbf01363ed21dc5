package io.auditlens.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * How imported views join the saved ones: nothing is replaced, a taken name gets " (imported)", and a view that is
 * already there under its own or such a name (as when one file is imported twice) is not added again.
 */
final class ImportMerge {

    private ImportMerge() {
    }

    /** Appends the incoming views to {@code saved}, which is changed in place, and says what was done. */
    static ImportResult into(List<SavedView> saved, List<SavedView> incoming, Predicate<String> taken) {
        List<SavedView> existing = new ArrayList<>(BuiltInViews.all());
        existing.addAll(saved);
        List<ImportedView> added = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (SavedView view : incoming) {
            if (existing.stream().anyMatch(v -> ViewNames.isImportOf(v.name(), view.name()) && v.sameContentAs(view))) {
                present.add(view.name());
                continue;
            }
            SavedView kept = taken.test(view.name()) ? view.withName(ViewNames.importedName(view.name(), taken))
                    : view;
            saved.add(kept);
            existing.add(kept);
            added.add(new ImportedView(view.name(), kept));
        }
        return new ImportResult(added, present);
    }
}
