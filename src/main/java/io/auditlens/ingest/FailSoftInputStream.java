package io.auditlens.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Turns a read failure of a decompressing stream (truncated or corrupt gzip/zip) into a clean end of data,
 * remembering the failure. Buffered readers above it would otherwise drop bytes they had already decoded.
 */
final class FailSoftInputStream extends FilterInputStream {

    private IOException failure;

    FailSoftInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        return OneByteRead.of(this);
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (failure != null) {
            return -1;
        }
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            failure = e;
            return -1;
        }
    }

    @Override
    public int available() {
        try {
            return failure != null ? 0 : super.available();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Rethrows the failure that ended the data early, if any. */
    void throwIfFailed() throws IOException {
        if (failure != null) {
            throw failure;
        }
    }
}
