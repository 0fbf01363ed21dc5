package io.auditlens.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Copies every byte read from a decompressing stream into the raw spool, so offsets point into the spool. When the
 * spool has no room left, the data ends there: the readers above keep what they read, and the loader reports why.
 */
final class SpoolingInputStream extends FilterInputStream {

    private final RawSpool spool;

    SpoolingInputStream(InputStream in, RawSpool spool) {
        super(in);
        this.spool = spool;
    }

    @Override
    public int read() throws IOException {
        return OneByteRead.of(this);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (spool.stopReason().isPresent()) {
            return -1;
        }
        int n = super.read(b, off, len);
        if (n <= 0) {
            return n;
        }
        int kept = spool.tryWrite(b, off, n);
        return kept > 0 ? kept : -1;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] sink = new byte[(int) Math.min(n, 1 << 16)];
        int read = read(sink, 0, sink.length);
        return Math.max(read, 0);
    }
}
