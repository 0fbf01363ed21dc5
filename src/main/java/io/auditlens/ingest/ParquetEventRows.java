package io.auditlens.ingest;

import io.auditlens.task.CancelSignal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * The event column of one IBM Cloud Logs archive, row after row in file order: each row either one line of JSON
 * text for the line reader, or the reason it holds no event. Every {@value #STEP} rows it checks for cancel and
 * reports how far it got. The rows come from a {@link Cursor}: the embedded Parquet reader's, or rows another
 * reader (Spark) handed over.
 */
final class ParquetEventRows implements AutoCloseable {

    /** The event column's texts in file order, from whichever reader read the file. */
    interface Cursor extends AutoCloseable {
        /** Moves to the next row; false at the end. */
        boolean next() throws IOException;

        /** The current row's text; null for NULL. */
        String text() throws IOException;

        @Override
        void close() throws IOException;
    }

    /** Receives the rows read so far out of the file's total. */
    @FunctionalInterface
    interface Progress {
        void rowsRead(long rows, long totalRows) throws IOException;
    }

    private static final int STEP = 1024;

    private final Cursor rows;
    private final long total;
    private final CancelSignal control;
    private final Progress progress;
    private long read;
    private boolean ahead;
    private boolean ended;
    private byte[] line;
    private String rejection;

    ParquetEventRows(Cursor rows, long total, CancelSignal control, Progress progress) {
        this.rows = rows;
        this.total = total;
        this.control = control;
        this.progress = progress;
    }

    /** Rows already read by another reader, in file order. */
    static ParquetEventRows of(Iterator<String> texts, long total, CancelSignal control) {
        Cursor cursor = new Cursor() {
            private String current;

            @Override
            public boolean next() {
                if (!texts.hasNext()) {
                    return false;
                }
                current = texts.next();
                return true;
            }

            @Override
            public String text() {
                return current;
            }

            @Override
            public void close() {
                // the caller owns the rows
            }
        };
        return new ParquetEventRows(cursor, total, control, (rows, totalRows) -> { });
    }

    /** Rows in the file, as its metadata says. */
    long total() {
        return total;
    }

    /** Whether a row is left. */
    boolean hasNext() throws IOException {
        fetch();
        return !ended;
    }

    /** Whether the next row holds no event; {@link #takeRejection()} then says why and moves past it. */
    boolean nextIsRejected() throws IOException {
        fetch();
        return !ended && rejection != null;
    }

    /** The reason the next row holds no event, moving past it. */
    String takeRejection() {
        ahead = false;
        return rejection;
    }

    /**
     * The rows that follow, each one line ended by a newline, up to the next row that holds no event or the end.
     * A failure of the reader after some rows ends the stream with those rows; the next read throws it.
     */
    InputStream lines() {
        return new Lines();
    }

    private void fetch() throws IOException {
        if (ahead || ended) {
            return;
        }
        if (!rows.next()) {
            ended = true;
            progress.rowsRead(read, total);
            return;
        }
        read++;
        if (read % STEP == 0) {
            control.check();
            progress.rowsRead(read, total);
        }
        judge(rows.text());
        ahead = true;
    }

    private void judge(String text) {
        line = null;
        rejection = null;
        if (text == null) {
            rejection = ParquetEngine.EVENT_COLUMN + " is NULL: the row holds no event";
        } else if (text.isBlank()) {
            rejection = ParquetEngine.EVENT_COLUMN + " is empty: the row holds no event";
        } else {
            line = OneLineJson.of(text.getBytes(StandardCharsets.UTF_8));
            if (line == null) {
                rejection = "broken JSON in " + ParquetEngine.EVENT_COLUMN + ": a line break inside a string";
            }
        }
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    /** Rows that hold events, as lines. */
    private final class Lines extends InputStream {

        private byte[] current = new byte[0];
        private int position;
        private boolean newlineDue;
        private IOException failure;

        @Override
        public int read() throws IOException {
            return OneByteRead.of(this);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (failure != null) {
                throw failure;
            }
            int n = 0;
            try {
                while (n < len) {
                    if (position < current.length) {
                        int k = Math.min(len - n, current.length - position);
                        System.arraycopy(current, position, b, off + n, k);
                        position += k;
                        n += k;
                    } else if (newlineDue) {
                        b[off + n++] = '\n';
                        newlineDue = false;
                    } else if (hasNext() && !nextIsRejected()) {
                        current = line;
                        position = 0;
                        newlineDue = true;
                        ahead = false;
                    } else {
                        break;
                    }
                }
            } catch (IOException e) {
                if (n == 0) {
                    throw e;
                }
                failure = e; // hand over the whole rows first
            }
            return n == 0 && len > 0 ? -1 : n;
        }
    }
}
