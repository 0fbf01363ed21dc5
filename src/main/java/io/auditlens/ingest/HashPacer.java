package io.auditlens.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Pulls a Parquet input's bytes through its SHA-256 in step with the rows read from it. The Parquet reader opens the
 * file on its own, so without this the digest would be computed in one go at the end and progress would stand still
 * while the rows are read.
 */
final class HashPacer implements ParquetEventRows.Progress {

    private final InputStream hashed;
    private final long size;
    private final byte[] sink = new byte[1 << 16];
    private long drained;

    /** {@code hashed} reads the file from its start; {@code size} is the file's length. */
    HashPacer(InputStream hashed, long size) {
        this.hashed = hashed;
        this.size = size;
    }

    @Override
    public void rowsRead(long rows, long totalRows) throws IOException {
        long target = totalRows <= 0 ? size : (long) (size * Math.min(1.0, (double) rows / totalRows));
        while (drained < target) {
            int n = hashed.read(sink, 0, (int) Math.min(sink.length, target - drained));
            if (n < 0) {
                return; // the file shrank; the digest covers what is there
            }
            drained += n;
        }
    }
}
