package io.auditlens.store;

import io.auditlens.task.FailureReason;
import com.fasterxml.jackson.core.JsonFactory;
import io.auditlens.store.RawEvents.RawEventException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;

/**
 * Reads the original JSON of many events for one thread. Scanning thousands of events one {@link RawEvents#text}
 * at a time would open and stat a file per event; this reader opens and checks each source once and serves
 * neighbouring events from one buffered window. Not thread-safe: use one reader per thread.
 */
public final class RawEventReader implements AutoCloseable {

    private static final int WINDOW = 1 << 20;

    private final EventStore store;
    private final JsonFactory factory;
    private final FileChannel[] channels;
    private final byte[] window = new byte[WINDOW];
    private int windowSource = -1;
    private long windowStart;
    private int windowLength;

    /** Receives one event's JSON text as UTF-8 bytes; the array is only valid during the call. */
    @FunctionalInterface
    public interface EventBytes {
        void accept(byte[] buffer, int offset, int length);
    }

    RawEventReader(EventStore store, JsonFactory factory) {
        this.store = store;
        this.factory = factory;
        this.channels = new FileChannel[store.sources().size()];
    }

    /** Hands the event's JSON text (unwrapped from a wrapper's string when needed) to the consumer. */
    public void read(int row, EventBytes consumer) throws RawEventException {
        int source = store.source(row);
        long offset = store.offset(row);
        int length = store.length(row);
        FileChannel channel = channel(source);
        byte[] buffer;
        int start;
        if (length > WINDOW) {
            buffer = new byte[length];
            start = 0;
            readFully(channel, source, ByteBuffer.wrap(buffer), offset);
        } else {
            if (source != windowSource || offset < windowStart || offset + length > windowStart + windowLength) {
                fillWindow(channel, source, offset, length);
            }
            buffer = window;
            start = (int) (offset - windowStart);
        }
        if (store.rawKind(row) == RawKind.EVENT) {
            consumer.accept(buffer, start, length);
            return;
        }
        String text = WrapperRecord.eventText(factory, buffer, start, length, row);
        if (text == null) {
            throw new RawEventException("the record of row " + row + " holds no event text");
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        consumer.accept(utf8, 0, utf8.length);
    }

    private FileChannel channel(int source) throws RawEventException {
        FileChannel channel = channels[source];
        if (channel == null) {
            SourceFile src = store.sources().get(source);
            RawEvents.checkUnchanged(src);
            try {
                channel = FileChannel.open(src.rawPath(), StandardOpenOption.READ);
            } catch (IOException e) {
                throw new RawEventException("cannot read " + src.displayPath() + ": " + FailureReason.of(e));
            }
            channels[source] = channel;
        }
        return channel;
    }

    private void fillWindow(FileChannel channel, int source, long offset, int length) throws RawEventException {
        ByteBuffer bb = ByteBuffer.wrap(window);
        long size;
        try {
            size = channel.size();
        } catch (IOException e) {
            throw unreadable(source, e);
        }
        // Read as much of the window as the file holds, but at least the event itself.
        int want = (int) Math.max(length, Math.min(WINDOW, size - offset));
        bb.limit(want);
        windowSource = -1;
        readFully(channel, source, bb, offset);
        windowSource = source;
        windowStart = offset;
        windowLength = want;
    }

    private void readFully(FileChannel channel, int source, ByteBuffer bb, long offset) throws RawEventException {
        try {
            while (bb.hasRemaining()) {
                int n = channel.read(bb, offset + bb.position());
                if (n < 0) {
                    throw new RawEventException(store.sources().get(source).displayPath()
                            + " is shorter than when it was loaded");
                }
            }
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    private RawEventException unreadable(int source, IOException e) {
        return new RawEventException("cannot read " + store.sources().get(source).displayPath() + ": " + FailureReason.of(e));
    }

    @Override
    public void close() {
        for (int i = 0; i < channels.length; i++) {
            if (channels[i] != null) {
                try {
                    channels[i].close();
                } catch (IOException e) {
                    // Read-only channel: nothing was written that a failed close could lose.
                }
                channels[i] = null;
            }
        }
    }
}
