package io.auditlens.engine;

import io.auditlens.ingest.LoadListener;
import io.auditlens.ingest.LoadResult;
import io.auditlens.ingest.Loader;
import io.auditlens.ingest.PartitionWindow;
import io.auditlens.task.CancelSignal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Events an engine selected, brought into memory: their JSON texts are written to a temporary NDJSON file, one a
 * line, and read by the same loader a file takes, so in-memory code (digest timelines, printing) answers on them
 * exactly as on loaded files.
 */
public final class EventTextFile implements AutoCloseable {

    private final Path path;
    private final OutputStream out;
    private long written;

    private EventTextFile(Path path) throws IOException {
        this.path = path;
        this.out = new BufferedOutputStream(Files.newOutputStream(path));
    }

    /** A new, empty temporary file. */
    public static EventTextFile create() throws IOException {
        return new EventTextFile(Files.createTempFile("auditlens-selected-", ".ndjson"));
    }

    /** The file. */
    public Path path() {
        return path;
    }

    /**
     * Appends one event's JSON text as a line; returns the line's byte offset, which {@code EventStore.offset} gives
     * for the event once loaded. Line breaks between tokens become spaces (one inside a string is not valid JSON).
     */
    public long append(String json) throws IOException {
        byte[] line = json.replace('\n', ' ').replace('\r', ' ').getBytes(StandardCharsets.UTF_8);
        long offset = written;
        out.write(line);
        out.write('\n');
        written += line.length + 1;
        return offset;
    }

    /** Loads what was appended (no more can be). */
    public LoadResult load(CancelSignal cancel) throws IOException {
        out.close();
        return new Loader().load(List.of(path), PartitionWindow.ALL, LoadListener.NONE, cancel);
    }

    /** Deletes the file; the store loaded from it keeps every value but the raw text. */
    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            path.toFile().deleteOnExit();
        }
    }
}
