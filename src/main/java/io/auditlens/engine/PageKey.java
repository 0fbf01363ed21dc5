package io.auditlens.engine;

/**
 * What identifies one event of an index and orders its ties: its time, its archive partition and its place in that
 * partition's load order.
 */
record PageKey(long time, String source, long seq) {

    /** The key of a row of {@link ArchiveQueries#pageKeys}: time, source, seq. */
    static PageKey ofKeyRow(java.util.List<Object> values) {
        return new PageKey(((Number) values.get(0)).longValue(), (String) values.get(1),
                ((Number) values.get(2)).longValue());
    }

    /** The key of a row read with {@link ArchiveQueries#ROW_COLUMNS}. */
    static PageKey of(ArchiveRow row) {
        return new PageKey(row.time(), row.text(IndexColumn.SOURCE), Long.parseLong(row.text(IndexColumn.SEQ)));
    }
}
