package io.auditlens.engine;

import io.auditlens.query.Selection;
import io.auditlens.task.CancelSignal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The matching events of an archive-mode answer, in the table's sort order, fetched from the engine one page at a
 * time: the window never holds more than the pages it shows.
 */
public final class ArchivePages {

    private final QueryEngine engine;
    private final ArchiveQueries keyQueries;
    private final ArchiveQueries queries;
    private final Selection selection;
    private final SortKey sort;
    private final long size;

    /**
     * @param keyQueries the statements that sort the keys: on the facet cache when it covers the selection and sort
     * @param queries    the index's statements, which read the rows of the keys
     */
    ArchivePages(QueryEngine engine, ArchiveQueries keyQueries, ArchiveQueries queries, Selection selection,
                 SortKey sort, long size) {
        this.engine = engine;
        this.keyQueries = keyQueries;
        this.queries = queries;
        this.selection = selection;
        this.sort = sort;
        this.size = size;
    }

    /** How many events match. */
    public long size() {
        return size;
    }

    /**
     * Up to {@code limit} events from position {@code offset} in the sort order: their keys are sorted first, then
     * only those rows are read, without their JSON ({@link #withEventJson} reads it for one row).
     */
    public List<ArchiveRow> page(long offset, int limit, CancelSignal cancel)
            throws IndexException, UnsupportedSelectionException {
        List<PageKey> keys = new ArrayList<>(limit);
        String sortedKeys = keyQueries.pageKeys(selection, sort.field(), !sort.ascending(), offset, limit);
        for (List<Object> row : engine.rows(sortedKeys, cancel)) {
            keys.add(PageKey.ofKeyRow(row));
        }
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<PageKey, ArchiveRow> rows = new HashMap<>();
        for (List<Object> values : engine.rows(queries.rowsWithKeys(keys), cancel)) {
            ArchiveRow row = new ArchiveRow(values);
            rows.put(PageKey.of(row), row);
        }
        List<ArchiveRow> out = new ArrayList<>(keys.size());
        for (PageKey key : keys) {
            ArchiveRow row = rows.get(key);
            if (row == null) {
                throw new IndexException("the index changed while it was read: open it again");
            }
            out.add(row);
        }
        return out;
    }

    /** The row holding its event's JSON text, read from the engine unless the row has it already. */
    public ArchiveRow withEventJson(ArchiveRow row, CancelSignal cancel) throws IndexException {
        if (row.hasEventJson()) {
            return row;
        }
        List<List<Object>> found = engine.rows(queries.eventJsonOf(PageKey.of(row)), cancel);
        if (found.isEmpty()) {
            throw new IndexException("the index changed while it was read: open it again");
        }
        return row.withEventJson((String) found.get(0).get(0));
    }
}
