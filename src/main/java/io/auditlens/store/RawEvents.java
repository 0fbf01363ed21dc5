package io.auditlens.store;

import io.auditlens.task.FailureReason;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/**
 * Fetches the original JSON text of an event from disk by its (source, offset, length). Refuses, with a clear
 * message, when the input file changed since it was loaded, rather than showing bytes of another event.
 * Thread-safe: every fetch opens its own channel.
 */
public final class RawEvents {

    private final EventStore store;
    // The loader already accepted these bytes, so the reader must not refuse what it let in (a 30 MB message).
    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE).maxNestingDepth(1000).build())
            .build();

    /** Fetches raw events of the given store. */
    public RawEvents(EventStore store) {
        this.store = store;
    }

    /** The event's JSON text exactly as in the input (for wrappers holding it as a string, that string's text). */
    public String text(int row) throws RawEventException {
        byte[] bytes = bytes(row);
        if (store.rawKind(row) == RawKind.EVENT) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return unwrap(bytes, row);
    }

    /** The raw bytes at the row's location, after checking the source is unchanged. */
    public byte[] bytes(int row) throws RawEventException {
        SourceFile src = store.sources().get(store.source(row));
        checkUnchanged(src);
        byte[] buf = new byte[store.length(row)];
        try (FileChannel ch = FileChannel.open(src.rawPath(), StandardOpenOption.READ)) {
            ByteBuffer bb = ByteBuffer.wrap(buf);
            long pos = store.offset(row);
            while (bb.hasRemaining()) {
                int n = ch.read(bb, pos + bb.position());
                if (n < 0) {
                    throw new RawEventException(src.displayPath() + " is shorter than when it was loaded");
                }
            }
        } catch (IOException e) {
            throw new RawEventException("cannot read " + src.displayPath() + ": " + FailureReason.of(e));
        }
        return buf;
    }

    /** A JSON factory that reads anything the loader accepted, for parsing fetched events. */
    public JsonFactory jsonFactory() {
        return factory;
    }

    /** Opens a reader for fetching many events in a row from one thread; close it when done. */
    public RawEventReader openReader() {
        return new RawEventReader(store, factory);
    }

    static void checkUnchanged(SourceFile src) throws RawEventException {
        if (src.decompressedCopy()) {
            return; // the private copy holds exactly the bytes that were loaded
        }
        try {
            if (!Files.exists(src.input()) || Files.size(src.input()) != src.inputSize()
                    || Files.getLastModifiedTime(src.input()).toMillis() != src.inputModified()) {
                throw new RawEventException(src.displayPath()
                        + " changed since it was loaded; reload it to see its events");
            }
        } catch (IOException e) {
            throw new RawEventException("cannot check " + src.displayPath() + ": " + FailureReason.of(e));
        }
    }

    private String unwrap(byte[] record, int row) throws RawEventException {
        String text = WrapperRecord.eventText(factory, record, 0, record.length, row);
        if (text == null) {
            throw new RawEventException("the record of row " + row + " holds no event text");
        }
        return text;
    }

    /** Raised when an event's original text cannot be shown. */
    public static final class RawEventException extends Exception {
        private static final long serialVersionUID = 1L;

        public RawEventException(String message) {
            super(message);
        }
    }
}
