package io.auditlens.engine;

import io.auditlens.files.TemporaryFolders;
import io.auditlens.query.EventField;
import io.auditlens.query.Facet;
import io.auditlens.query.QueryNode;
import io.auditlens.query.Selection;
import io.auditlens.task.CancelSignal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The window's facet columns and event times copied once from the index into a DuckDB table in a temporary file,
 * which DuckDB keeps compressed in its own format: over ten million events the facet counts of a click took 150 ms
 * there against 270 ms from the Parquet files, the histogram 49 ms against 125 ms, and the copy 5.4 s and 79 MB
 * (the machine otherwise idle). Only statements that read nothing else use it: a selection without query terms,
 * whose picks and counted facets (or the table's sort column, for a page's keys) are all among the copied columns.
 * The values are the index's own, so the counts and pages are the same.
 */
final class FacetCache implements AutoCloseable {

    private static final String DATABASE = "auditlens_facet_cache";
    /** The copied rows as a table name for {@link ArchiveQueries}. */
    static final String TABLE = DATABASE + ".facet_rows";

    private final Set<IndexColumn> columns;
    private final Path folder;

    private FacetCache(Set<IndexColumn> columns, Path folder) {
        this.columns = columns;
        this.folder = folder;
    }

    /**
     * Copies the columns of {@code facets}, with the time, outcome, geography and category every histogram and
     * region pick reads, and the source and seq that with the time identify an event (a table page's keys), on a
     * connection of its own (counts and pages go on meanwhile).
     */
    static FacetCache build(DuckDbEngine engine, Collection<? extends Facet> facets, CancelSignal cancel)
            throws IndexException, UnsupportedSelectionException {
        Set<IndexColumn> columns = new LinkedHashSet<>(List.of(IndexColumn.TIME_MS, IndexColumn.SOURCE,
                IndexColumn.SEQ, IndexColumn.OUTCOME, IndexColumn.GEO, IndexColumn.CATEGORY));
        for (Facet f : facets) {
            columns.add(IndexColumn.of(f));
        }
        Path folder;
        try {
            folder = TemporaryFolders.createForThisProcess("auditlens-facets-");
        } catch (IOException e) {
            throw new IndexException("a temporary file for the facet counts cannot be made: " + e.getMessage());
        }
        FacetCache cache = new FacetCache(Set.copyOf(columns), folder);
        try (DuckDbEngine own = engine.another()) {
            own.execute("ATTACH " + ArchiveIndexer.sqlPath(folder.resolve("facets.duckdb")) + " AS " + DATABASE,
                    cancel);
            own.execute("CREATE TABLE " + TABLE + " AS SELECT "
                    + columns.stream().map(IndexColumn::sql).collect(Collectors.joining(", "))
                    + " FROM " + engine.table(), cancel);
        } catch (IndexException | RuntimeException e) {
            cache.close();
            throw e;
        }
        return cache;
    }

    /** Whether statements counting {@code counted} over the selection read only copied columns. */
    boolean covers(Selection selection, Collection<? extends Facet> counted) {
        if (!(selection.query() instanceof QueryNode.MatchAll)) {
            return false;
        }
        List<Facet> read = new ArrayList<>(counted);
        read.addAll(selection.picks().keySet());
        for (Facet f : read) {
            try {
                if (!columns.contains(IndexColumn.of(f))) {
                    return false;
                }
            } catch (UnsupportedSelectionException e) {
                return false; // a JSON-path facet: the statement on the index refuses it as usual
            }
        }
        return true;
    }

    /** Whether a page of the selection sorted by {@code field} can be keyed from the copy alone. */
    boolean coversPage(Selection selection, EventField field) {
        return covers(selection, List.of()) && columns.contains(IndexColumn.of(field));
    }

    /** Deletes the file; the database it was attached to is closed first, with its engine. */
    @Override
    public void close() {
        TemporaryFolders.deleteQuietly(folder);
    }
}
