package io.auditlens.engine;

import io.auditlens.query.RowSet;
import io.auditlens.store.EventStore;

import java.util.List;

/**
 * The events a digest's timeline is drawn from: rows of a store in a scope. With loaded data they are the window's
 * own store and the selection's rows; in archive mode a small store of the digest's events fetched from the engine,
 * each row with the engine's row for the detail pane.
 *
 * @param store    the store whose rows hold the events
 * @param scope    the rows the timeline covers
 * @param archived in archive mode the engine's row of each store row, by row; null with loaded data
 */
public record DigestEvents(EventStore store, RowSet scope, List<ArchiveRow> archived) {

    public DigestEvents {
        archived = archived == null ? null : List.copyOf(archived);
    }

    /** Rows of the window's own store. */
    public static DigestEvents loaded(EventStore store, RowSet scope) {
        return new DigestEvents(store, scope, null);
    }

    /** Events fetched from an engine: every row of {@code store}, the engine's row of each in {@code byRow}. */
    public static DigestEvents fetched(EventStore store, List<ArchiveRow> byRow) {
        return new DigestEvents(store, RowSet.all(store.size()), byRow);
    }

    /** Whether the events came from an archive-mode engine rather than the window's store. */
    public boolean isArchived() {
        return archived != null;
    }

    /** The engine's row of a store row; only when {@link #isArchived()}. */
    public ArchiveRow archivedRow(int row) {
        return archived.get(row);
    }
}
