package io.auditlens.cli;

import io.auditlens.query.EventField;
import io.auditlens.query.SelectionResult;
import io.auditlens.store.EventStore;
import io.auditlens.views.SavedView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
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

    @Mixin
    private SelectionArguments inputs;

    @Mixin
    private OrderArguments order;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table (aligned columns), ndjson (each event's original JSON) or csv (RFC 4180).")
    private Format format;

    @Option(names = "--limit", paramLabel = "N", description = "Print at most N events.")
    private Integer limit;

    @Override
    public Integer call() {
        if (limit != null && limit < 0) {
            throw new Cli.UsageException("--limit must be 0 or more, not " + limit);
        }
        order.check();
        PrintWriter out = inputs.out();
        SelectedEvents selected = inputs.select();
        Optional<SavedView> view = inputs.savedView();
        List<EventField> columns = order.columns(view);
        SelectionResult result = selected.result();
        int[] rows = order.rows(result, view);
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
}
