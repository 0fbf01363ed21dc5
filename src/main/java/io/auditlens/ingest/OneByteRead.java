package io.auditlens.ingest;

import java.io.IOException;
import java.io.InputStream;

/** {@link InputStream#read()} for streams that do their work in the bulk read, which every caller here uses. */
final class OneByteRead {

    private OneByteRead() {
    }

    /** Reads one byte through {@code in}'s bulk read: the byte, or -1 at the end. */
    static int of(InputStream in) throws IOException {
        byte[] one = new byte[1];
        return in.read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }
}
