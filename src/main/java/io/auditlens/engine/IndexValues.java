package io.auditlens.engine;

import io.auditlens.store.EventStore;

/**
 * The values of one index row, computed from a loaded store by the in-memory engine's own code: every index writer
 * asks here, so an index holds the same values whichever engine wrote it.
 */
public final class IndexValues {

    private IndexValues() {
    }

    /**
     * The value of column {@code c} for a row of {@code store}: a Long for BIGINT columns, a String or null for text.
     *
     * @param json   the event's JSON text as stored
     * @param source the archive partition the row was read from
     * @param seq    the row's place in load order within its source
     */
    public static Object of(IndexColumn c, EventStore store, int row, String json, String source, long seq) {
        return switch (c) {
            case TIME_MS -> store.time(row);
            case SEQ -> seq;
            case SOURCE -> source;
            case EVENT_JSON -> json;
            case TEXT_SHA256 -> ArchiveIndexer.sha256(json);
            default -> c.text(store, row);
        };
    }

    /** The partition value of an event time: its UTC day, {@code YYYY-MM-DD}. */
    public static String day(long epochMillis) {
        return ArchiveIndexer.day(epochMillis);
    }
}
