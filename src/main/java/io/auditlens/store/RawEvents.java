package io.auditlens.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

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
    private final JsonFactory factory = new JsonFactory();

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
            throw new RawEventException("cannot read " + src.displayPath() + ": " + e.getMessage());
        }
        return buf;
    }

    private void checkUnchanged(SourceFile src) throws RawEventException {
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
            throw new RawEventException("cannot check " + src.displayPath() + ": " + e.getMessage());
        }
    }

    private String unwrap(byte[] record, int row) throws RawEventException {
        try (JsonParser p = factory.createParser(record)) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken t = p.nextToken();
                    if (t == JsonToken.VALUE_STRING && (name.equals("_line") || name.equals("user_data"))) {
                        return p.getText();
                    }
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new RawEventException("the record of row " + row + " is no longer readable: " + e.getMessage());
        }
        throw new RawEventException("the record of row " + row + " holds no event text");
    }

    /** Raised when an event's original text cannot be shown. */
    public static final class RawEventException extends Exception {
        private static final long serialVersionUID = 1L;

        public RawEventException(String message) {
            super(message);
        }
    }
}
