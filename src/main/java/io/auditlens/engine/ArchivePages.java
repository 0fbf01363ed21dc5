package io.auditlens.engine;

import io.auditlens.query.Selection;
import io.auditlens.task.CancelSignal;

import java.util.ArrayList;
import java.util.List;

/**
 * The matching events of an archive-mode answer, in the table's sort order, fetched from the engine one page at a
 * time: the window never holds more than the pages it shows.
 */
public final class ArchivePages {

    private final QueryEngine engine;
    private final ArchiveQueries queries;
    private final Selection selection;
    private final SortKey sort;
    private final long size;

    ArchivePages(QueryEngine engine, ArchiveQueries queries, Selection selection, SortKey sort, long size) {
        this.engine = engine;
        this.queries = queries;
        this.selection = selection;
        this.sort = sort;
        this.size = size;
    }

    /** How many events match. */
    public long size() {
        return size;
    }

    /** Up to {@code limit} events from position {@code offset} in the sort order. */
    public List<ArchiveRow> page(long offset, int limit, CancelSignal cancel)
            throws IndexException, UnsupportedSelectionException {
        List<ArchiveRow> out = new ArrayList<>(limit);
        for (List<Object> row : engine.rows(queries.rows(selection, sort.field(), !sort.ascending(), offset, limit),
                cancel)) {
            out.add(new ArchiveRow(row));
        }
        return out;
    }
}
