package io.auditlens.views;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The views every installation starts with: the questions auditors ask most. They can be copied and the copies
 * changed, but they cannot be renamed, replaced or deleted, so a fresh window always offers them.
 */
public final class BuiltInViews {

    // Newest first: an auditor opening one of these wants the latest events at the top.
    private static final ViewSort LATEST_FIRST = new ViewSort("time", true);

    private static final List<SavedView> ALL = List.of(
            view("Failed pushes and pulls", "outcome:failure (action:image.push OR action:image.pull)"),
            view("Deletions", "action:image.delete OR action:image.bulkdelete OR action:trash.restore"),
            view("Signature changes", "action:signature.write OR action:signature.delete"),
            view("Vulnerability FAIL or WARN", "status:FAIL OR status:WARN"),
            view("Account setting changes",
                    "action:auth.set OR action:plan.set OR action:quota.set OR action:settings.set"),
            view("Namespace changes", "action:namespace.create OR action:namespace.delete"));

    private BuiltInViews() {
    }

    /** Every built-in view, in sidebar order. */
    public static List<SavedView> all() {
        return ALL;
    }

    /** The built-in view with this name, ignoring case. */
    public static Optional<SavedView> find(String name) {
        return ALL.stream().filter(v -> ViewNames.same(v.name(), name)).findFirst();
    }

    /** Whether a name is taken by a built-in view, ignoring case. */
    public static boolean isBuiltIn(String name) {
        return find(name).isPresent();
    }

    private static SavedView view(String name, String query) {
        return new SavedView(name, query, Map.of(), ViewTimeRange.ALL, List.of(), LATEST_FIRST);
    }
}
