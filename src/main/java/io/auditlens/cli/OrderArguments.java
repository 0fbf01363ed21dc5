package io.auditlens.cli;

import io.auditlens.query.EventField;
import io.auditlens.query.SelectionResult;
import io.auditlens.views.SavedView;
import io.auditlens.views.ViewSort;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code --fields}, {@code --sort} and {@code --desc} options of the commands that write events out. */
final class OrderArguments {

    private static final List<EventField> DEFAULT_FIELDS = List.of(EventField.TIME, EventField.REGION,
            EventField.ACTION, EventField.OUTCOME, EventField.INITIATOR, EventField.TARGET, EventField.STATUS);

    @Option(names = "--fields", split = ",", paramLabel = "FIELD",
            description = "Columns for table and csv, comma-separated: ${COMPLETION-CANDIDATES}. Default: the "
                    + "columns of --view, else time, region, action, outcome, initiator, target, status.",
            completionCandidates = FieldKeys.class)
    private List<String> fields;

    @Option(names = "--sort", paramLabel = "FIELD",
            description = "Order events by this field (ties by time). Default: the order of --view, else time.")
    private String sort;

    @Option(names = "--desc", description = "Reverse the order.")
    private boolean descending;

    private Optional<EventField> sortBy = Optional.empty();
    private List<EventField> named = List.of();

    /** Checks the named fields, before anything is loaded so that a typo costs no loading time. */
    void check() {
        sortBy = Optional.ofNullable(sort).map(key -> field(key, "--sort"));
        named = fields == null ? List.of() : fields.stream().map(key -> field(key, "--fields")).toList();
    }

    /** The columns: --fields; else the view's that this version knows; else the defaults. */
    List<EventField> columns(Optional<SavedView> view) {
        if (!named.isEmpty()) {
            return named;
        }
        List<EventField> ofView = view.map(v -> v.columns().stream().map(EventField::byKey)
                .flatMap(Optional::stream).distinct().toList()).orElse(List.of());
        return ofView.isEmpty() ? DEFAULT_FIELDS : ofView;
    }

    /** The result's rows in the order of --sort; else of the view (--desc reversing it); else by time. */
    int[] rows(SelectionResult result, Optional<SavedView> view) {
        if (sortBy.isPresent()) {
            return result.sortedRows(sortBy.get(), descending);
        }
        Optional<ViewSort> viewSort = view.map(SavedView::sort);
        Optional<EventField> viewField = viewSort.flatMap(s -> EventField.byKey(s.column()));
        if (viewField.isEmpty()) {
            return result.sortedRows(EventField.TIME, descending);
        }
        return result.sortedRows(viewField.get(), viewSort.get().descending() != descending);
    }

    private static EventField field(String key, String option) {
        return EventField.byKey(key).orElseThrow(() -> new Cli.UsageException(
                option + ": unknown field '" + key + "'; known fields: " + EventField.keys()));
    }

    /** The field keys, for help text. */
    static final class FieldKeys extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        FieldKeys() {
            super(Arrays.stream(EventField.values()).map(EventField::key).toList());
        }
    }
}
