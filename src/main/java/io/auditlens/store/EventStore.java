package io.auditlens.store;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * All loaded events as columns: a time column, one dictionary-encoded int column per {@link EventColumn},
 * correlation UUIDs packed in two long columns, and where each event's original JSON lives on disk.
 * Immutable once built; the arrays handed out by accessors must not be modified.
 */
public final class EventStore {

    private static final EventColumn[] COLUMNS = EventColumn.values();

    private final int size;
    private final long[] time;
    private final int[][] codes;
    private final Dictionary[] dictionaries;
    private final long[] correlationHigh;
    private final long[] correlationLow;
    private final long[] hashHigh;
    private final long[] hashLow;
    /** Row where each source's rows start (rows are grouped by source in input order). */
    private final int[] sourceStart;
    private final long[] offset;
    private final int[] length;
    private final byte[] rawKind;
    private final List<SourceFile> sources;

    EventStore(int size, long[] time, int[][] codes, Dictionary[] dictionaries, long[] correlationHigh,
               long[] correlationLow, long[] hashHigh, long[] hashLow, int[] sourceStart, long[] offset, int[] length, byte[] rawKind,
               List<SourceFile> sources) {
        this.size = size;
        this.time = time;
        this.codes = codes;
        this.dictionaries = dictionaries;
        this.correlationHigh = correlationHigh;
        this.correlationLow = correlationLow;
        this.hashHigh = hashHigh;
        this.hashLow = hashLow;
        this.sourceStart = sourceStart;
        this.offset = offset;
        this.length = length;
        this.rawKind = rawKind;
        this.sources = List.copyOf(sources);
    }

    /** An empty store. */
    public static EventStore empty() {
        return new EventStoreBuilder().build(List.of());
    }

    /** Number of events. */
    public int size() {
        return size;
    }

    /** Event time of a row in epoch milliseconds (UTC). */
    public long time(int row) {
        return time[row];
    }

    /** The whole time column, indexed by row; read-only. */
    public long[] times() {
        return time;
    }

    /** The code of a row in a column; 0 means no value. */
    public int code(EventColumn column, int row) {
        return codes[column.ordinal()][row];
    }

    /** The whole code column, indexed by row; read-only. */
    public int[] codes(EventColumn column) {
        return codes[column.ordinal()];
    }

    /** The dictionary of a column. */
    public Dictionary dictionary(EventColumn column) {
        return dictionaries[column.ordinal()];
    }

    /** The value of a row in a column, or null. */
    public String value(EventColumn column, int row) {
        return dictionaries[column.ordinal()].value(codes[column.ordinal()][row]);
    }

    /** The correlation id of a row, or null. */
    public String correlationId(int row) {
        long hi = correlationHigh[row];
        long lo = correlationLow[row];
        if (hi == 0 && lo == 0) {
            return value(EventColumn.CORRELATION_TEXT, row);
        }
        return new UUID(hi, lo).toString();
    }

    /** High 64 bits of a row's correlation UUID; 0 together with {@link #correlationLow} when it is not a UUID. */
    public long correlationHigh(int row) {
        return correlationHigh[row];
    }

    /** Low 64 bits of a row's correlation UUID; 0 together with {@link #correlationHigh} when it is not a UUID. */
    public long correlationLow(int row) {
        return correlationLow[row];
    }

    /**
     * The content hash of a row: the order-independent hash of its JSON that finds duplicates, so the same event
     * has the same hash whichever file, format or wrapper it was loaded from.
     */
    public EventHash hash(int row) {
        return new EventHash(hashHigh[row], hashLow[row]);
    }

    /** The files events were loaded from, indexed by {@link #source(int)}. */
    public List<SourceFile> sources() {
        return sources;
    }

    /** Index into {@link #sources()} of the file holding a row's raw JSON. */
    public int source(int row) {
        int i = Arrays.binarySearch(sourceStart, row);
        if (i < 0) {
            return -i - 2;
        }
        while (i + 1 < sourceStart.length && sourceStart[i + 1] == row) {
            i++; // sources without rows start where the next one does
        }
        return i;
    }

    /** Byte offset of a row's raw JSON in its source's raw path. */
    public long offset(int row) {
        return offset[row];
    }

    /** Byte length of a row's raw JSON. */
    public int length(int row) {
        return length[row];
    }

    /** How a row's raw bytes relate to the event. */
    public RawKind rawKind(int row) {
        return RawKind.values()[rawKind[row]];
    }

    /**
     * Deletes the private decompressed copies of compressed inputs. Call when this store is replaced; raw events
     * of those inputs cannot be fetched afterwards. (They are also deleted when the JVM exits.)
     */
    public void releaseTemporaryFiles() {
        for (SourceFile s : sources) {
            if (s.decompressedCopy()) {
                try {
                    java.nio.file.Files.deleteIfExists(s.rawPath());
                } catch (java.io.IOException e) {
                    // deleteOnExit removes it later
                }
            }
        }
    }

    /** All columns, for code that iterates them. */
    public static EventColumn[] columns() {
        return COLUMNS.clone();
    }
}
