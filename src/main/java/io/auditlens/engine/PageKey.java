package io.auditlens.engine;

/**
 * What identifies one event of an index and orders its ties: its time, its archive partition and its place in that
 * partition's load order.
 */
record PageKey(long time, String source, long seq) {

    /** The key of a row read with {@link ArchiveQueries#ROW_COLUMNS}. */
    static PageKey of(ArchiveRow row) {
        return new PageKey(row.time(), row.text(IndexColumn.SOURCE), Long.parseLong(row.text(IndexColumn.SEQ)));
    }
}
