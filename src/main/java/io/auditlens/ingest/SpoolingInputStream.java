package io.auditlens.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Copies every byte read from a decompressing stream into the raw spool, so offsets point into the spool. */
final class SpoolingInputStream extends FilterInputStream {

    private final RawSpool spool;

    SpoolingInputStream(InputStream in, RawSpool spool) {
        super(in);
        this.spool = spool;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            spool.write(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            spool.write(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] sink = new byte[(int) Math.min(n, 1 << 16)];
        int read = read(sink, 0, sink.length);
        return Math.max(read, 0);
    }
}
