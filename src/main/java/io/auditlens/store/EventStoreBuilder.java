package io.auditlens.store;

import java.util.Arrays;
import java.util.List;

/** Appends rows whose values are already dictionary codes, then builds an {@link EventStore}. Single-threaded. */
public final class EventStoreBuilder {

    private static final int COLUMN_COUNT = EventColumn.values().length;

    private final Dictionary[] dictionaries = new Dictionary[COLUMN_COUNT];
    private int size;
    private int capacity = 1024;
    private long[] time = new long[capacity];
    private final int[][] codes = new int[COLUMN_COUNT][capacity];
    private long[] correlationHigh = new long[capacity];
    private long[] correlationLow = new long[capacity];
    private int[] source = new int[capacity];
    private long[] offset = new long[capacity];
    private int[] length = new int[capacity];
    private byte[] rawKind = new byte[capacity];

    /** A builder with empty dictionaries. */
    public EventStoreBuilder() {
        for (int i = 0; i < COLUMN_COUNT; i++) {
            dictionaries[i] = new Dictionary();
        }
    }

    /** The dictionary of a column, to turn values into the codes passed to {@link #add}. */
    public Dictionary dictionary(EventColumn column) {
        return dictionaries[column.ordinal()];
    }

    /** Number of rows added so far. */
    public int size() {
        return size;
    }

    /**
     * Adds one row. {@code rowCodes} is indexed by {@link EventColumn#ordinal()}; {@code columnCodes[c][at]} form
     * lets callers pass a batch's remapped columns without copying.
     */
    public void add(long eventTime, int[][] columnCodes, int at, long corrHigh, long corrLow,
                    int sourceId, long rawOffset, int rawLength, RawKind kind) {
        if (size == capacity) {
            grow();
        }
        time[size] = eventTime;
        for (int c = 0; c < COLUMN_COUNT; c++) {
            codes[c][size] = columnCodes[c][at];
        }
        correlationHigh[size] = corrHigh;
        correlationLow[size] = corrLow;
        source[size] = sourceId;
        offset[size] = rawOffset;
        length[size] = rawLength;
        rawKind[size] = (byte) kind.ordinal();
        size++;
    }

    /** Builds the store; the builder must not be used afterwards. */
    public EventStore build(List<SourceFile> sources) {
        int[][] trimmed = new int[COLUMN_COUNT][];
        for (int c = 0; c < COLUMN_COUNT; c++) {
            trimmed[c] = Arrays.copyOf(codes[c], size);
        }
        return new EventStore(size, Arrays.copyOf(time, size), trimmed, dictionaries,
                Arrays.copyOf(correlationHigh, size), Arrays.copyOf(correlationLow, size),
                Arrays.copyOf(source, size), Arrays.copyOf(offset, size), Arrays.copyOf(length, size),
                Arrays.copyOf(rawKind, size), sources);
    }

    private void grow() {
        capacity = capacity + (capacity >> 1);
        time = Arrays.copyOf(time, capacity);
        for (int c = 0; c < COLUMN_COUNT; c++) {
            codes[c] = Arrays.copyOf(codes[c], capacity);
        }
        correlationHigh = Arrays.copyOf(correlationHigh, capacity);
        correlationLow = Arrays.copyOf(correlationLow, capacity);
        source = Arrays.copyOf(source, capacity);
        offset = Arrays.copyOf(offset, capacity);
        length = Arrays.copyOf(length, capacity);
        rawKind = Arrays.copyOf(rawKind, capacity);
    }
}
