package io.auditlens.cli;

import io.auditlens.query.EventField;
import io.auditlens.query.SelectionResult;
import io.auditlens.store.EventStore;
import io.auditlens.views.SavedView;
import io.auditlens.views.ViewSort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code query --query Q [--format table|ndjson|csv] [--limit N] [--fields ...] FILES}: the matching events. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Print the events matching a query: a table, their original JSON (ndjson) or CSV.")
public final class QueryCommand implements Callable<Integer> {

    /** How the events are printed. */
    enum Format { TABLE, NDJSON, CSV }

    private static final List<EventField> TABLE_FIELDS = List.of(EventField.TIME, EventField.REGION,
            EventField.ACTION, EventField.OUTCOME, EventField.INITIATOR, EventField.TARGET, EventField.STATUS);

    @Mixin
    private SelectionArguments inputs;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table (aligned columns), ndjson (each event's original JSON) or csv (RFC 4180).")
    private Format format;

    @Option(names = "--limit", paramLabel = "N", description = "Print at most N events.")
    private Integer limit;

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

    @Override
    public Integer call() {
        if (limit != null && limit < 0) {
            throw new Cli.UsageException("--limit must be 0 or more, not " + limit);
        }
        // Named fields are checked before loading, so a typo costs no loading time.
        Optional<EventField> sortBy = Optional.ofNullable(sort).map(key -> field(key, "--sort"));
        List<EventField> named = fields == null ? List.of()
                : fields.stream().map(key -> field(key, "--fields")).toList();
        PrintWriter out = inputs.out();
        SelectedEvents selected = inputs.select();
        Optional<SavedView> view = inputs.savedView();
        List<EventField> columns = named.isEmpty() ? columnsOf(view) : named;
        SelectionResult result = selected.result();
        int[] rows = sortedRows(result, sortBy, view);
        if (limit != null && limit < rows.length) {
            rows = Arrays.copyOf(rows, limit);
        }
        EventStore store = selected.load().store();
        switch (format) {
            case NDJSON -> EventNdjson.write(out, selected.engine().rawEvents(), rows);
            case CSV -> EventCsv.write(out, store, rows, columns);
            case TABLE -> {
                int[] shown = rows;
                TextTable.print(out, columns.stream().map(EventField::key).toList(), shown.length,
                        (r, c) -> columns.get(c).text(store, shown[r]));
                if (shown.length < result.count()) {
                    out.printf("(%,d of %,d events shown)%n", shown.length, result.count());
                }
                out.flush();
            }
        }
        return selected.exitCode();
    }

    /** The view's columns this command knows; else the default columns. */
    private static List<EventField> columnsOf(Optional<SavedView> view) {
        List<EventField> ofView = view.map(v -> v.columns().stream().map(EventField::byKey)
                .flatMap(Optional::stream).distinct().toList()).orElse(List.of());
        return ofView.isEmpty() ? TABLE_FIELDS : ofView;
    }

    /** In the order of --sort; else of the view (--desc reversing it); else by time. */
    private int[] sortedRows(SelectionResult result, Optional<EventField> sortBy, Optional<SavedView> view) {
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
