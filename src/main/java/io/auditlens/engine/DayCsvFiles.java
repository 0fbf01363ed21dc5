package io.auditlens.engine;

import io.auditlens.store.EventStore;
import io.auditlens.store.RawEventReader;
import io.auditlens.store.RawEvents;
import io.auditlens.task.CancelSignal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Writes the rows of a loaded batch as CSV, one file per event day in the index's row order (time, archive
 * partition, load order), for DuckDB to copy to Parquet. DuckDB reads CSV on all cores; appending the same rows
 * through its appender ran on one thread, at 48 of the 96 s of indexing a million events.
 *
 * <p>Every text value is quoted (inner quotes doubled) and a missing one is an empty unquoted field, so DuckDB
 * reads {@code ""} as an empty string and nothing as NULL, and line breaks stay inside their quoted field.
 */
final class DayCsvFiles {

    /** One written day: its file, ready to copy, and its longest line (DuckDB must be told lines that long). */
    record Day(String day, Path file, long longestLine) {
    }

    /** Takes each day's file before the next one is written; the file is deleted after. */
    @FunctionalInterface
    interface DayCopier {
        void copy(Day day) throws IOException, java.sql.SQLException;
    }

    private static final byte QUOTE = '"';
    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final IndexColumn[] COLUMNS = IndexColumn.values();

    private final EventStore store;
    private final RawEvents raw;
    private final String[] sourceOfRow;
    private final long[] seq;
    private final Map<String, Long> eventsPerSource = new HashMap<>();

    /** @param sourceOfRow the archive partition each row was read from */
    DayCsvFiles(EventStore store, RawEvents raw, IntFunction<String> sourceOfRow) {
        this.store = store;
        this.raw = raw;
        int n = store.size();
        this.sourceOfRow = new String[n];
        this.seq = new long[n];
        for (int row = 0; row < n; row++) {
            String source = sourceOfRow.apply(row);
            this.sourceOfRow[row] = source;
            seq[row] = eventsPerSource.merge(source, 1L, Long::sum) - 1;
        }
    }

    /** The number of events per archive partition. */
    Map<String, Long> eventsPerSource() {
        return eventsPerSource;
    }

    /** The CSV columns for DuckDB's {@code read_csv(columns = ...)}: the index's columns, without the day. */
    static String columnTypes() {
        StringBuilder out = new StringBuilder("{");
        for (IndexColumn c : COLUMNS) {
            out.append(out.length() > 1 ? ", " : "").append(SqlDialect.DUCKDB.literal(c.sql())).append(": ")
                    .append(SqlDialect.DUCKDB.literal(c.type()));
        }
        return out.append('}').toString();
    }

    /** Writes the days in order into {@code folder}, each handed to {@code copier} and then deleted. */
    void write(Path folder, DayCopier copier, CancelSignal cancel) throws IOException, java.sql.SQLException,
            IndexException {
        Integer[] order = indexOrder();
        int i = 0;
        while (i < order.length) {
            long epochDay = epochDay(order[i]);
            String day = IndexValues.day(store.time(order[i]));
            Path file = folder.resolve(day + ".csv");
            long longest = 0;
            try (CsvOut out = new CsvOut(Files.newOutputStream(file)); RawEventReader reader = raw.openReader()) {
                for (; i < order.length && epochDay(order[i]) == epochDay; i++) {
                    if ((i & 0xFFF) == 0) {
                        cancel.check();
                    }
                    longest = Math.max(longest, writeRow(out, reader, order[i]));
                }
            }
            try {
                copier.copy(new Day(day, file, longest));
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    private long epochDay(int row) {
        return Math.floorDiv(store.time(row), MILLIS_PER_DAY);
    }

    private Integer[] indexOrder() {
        Integer[] order = new Integer[store.size()];
        Arrays.setAll(order, row -> row);
        Arrays.sort(order, Comparator.<Integer>comparingLong(store::time)
                .thenComparing(row -> sourceOfRow[row])
                .thenComparingLong(row -> seq[row]));
        return order;
    }

    private long writeRow(CsvOut out, RawEventReader reader, int row) throws IOException, IndexException {
        String[] json = new String[1];
        try {
            reader.read(row, (bytes, offset, length) ->
                    json[0] = new String(bytes, offset, length, StandardCharsets.UTF_8));
        } catch (RawEvents.RawEventException e) {
            throw new IndexException(e.getMessage());
        }
        long written = 0;
        for (int c = 0; c < COLUMNS.length; c++) {
            if (c > 0) {
                out.write(',');
            }
            Object value = IndexValues.of(COLUMNS[c], store, row, json[0], sourceOfRow[row], seq[row]);
            if (value instanceof Long number) {
                written += out.digits(number) + 1;
            } else if (value != null) {
                written += out.quoted(((String) value).getBytes(StandardCharsets.UTF_8)) + 1;
            }
        }
        out.write('\n');
        return written;
    }

    /**
     * Lines gathered in a large array and written in big pieces: the separators and quotes are single bytes, which a
     * {@code BufferedOutputStream} takes under a lock each, a tenth of the writing thread's time.
     */
    private static final class CsvOut implements AutoCloseable {
        private final OutputStream out;
        private byte[] buf = new byte[1 << 20];
        private int pos;

        CsvOut(OutputStream out) {
            this.out = out;
        }

        void write(int b) throws IOException {
            room(1);
            buf[pos++] = (byte) b;
        }

        int digits(long number) throws IOException {
            byte[] digits = Long.toString(number).getBytes(StandardCharsets.US_ASCII);
            room(digits.length);
            System.arraycopy(digits, 0, buf, pos, digits.length);
            pos += digits.length;
            return digits.length;
        }

        /** Writes the text quoted, inner quotes doubled; returns the bytes written. */
        int quoted(byte[] utf8) throws IOException {
            room(2 * utf8.length + 2);
            int start = pos;
            buf[pos++] = QUOTE;
            for (byte b : utf8) {
                buf[pos++] = b;
                if (b == QUOTE) {
                    buf[pos++] = QUOTE;
                }
            }
            buf[pos++] = QUOTE;
            return pos - start;
        }

        private void room(int n) throws IOException {
            if (pos + n > buf.length) {
                drain();
                if (n > buf.length) {
                    buf = new byte[n];
                }
            }
        }

        private void drain() throws IOException {
            out.write(buf, 0, pos);
            pos = 0;
        }

        @Override
        public void close() throws IOException {
            try (out) {
                drain();
            }
        }
    }
}
