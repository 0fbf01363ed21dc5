package io.auditlens.store;

import java.util.Arrays;
import java.util.List;

/** Appends rows whose values are already dictionary codes, then builds an {@link EventStore}. Single-threaded. */
public final class EventStoreBuilder {

    private static final int COLUMN_COUNT = EventColumn.values().length;

    private final Dictionary[] dictionaries = new Dictionary[COLUMN_COUNT];
    private int size;
    private int capacity;
    private long[] time;
    private final int[][] codes;
    private long[] correlationHigh;
    private long[] correlationLow;
    private long[] hashHigh;
    private long[] hashLow;
    /** Row where each source's rows start; rows arrive grouped by source, in input order. */
    private int[] sourceStart = new int[0];
    private int lastSource = -1;
    private long[] offset;
    private int[] length;
    private byte[] rawKind;

    /** A builder with empty dictionaries. */
    public EventStoreBuilder() {
        this(1024);
    }

    /** A builder with room for about {@code expectedRows} rows before it has to grow (and copy) its columns. */
    public EventStoreBuilder(int expectedRows) {
        capacity = Math.max(16, expectedRows);
        time = new long[capacity];
        codes = new int[COLUMN_COUNT][capacity];
        correlationHigh = new long[capacity];
        correlationLow = new long[capacity];
        hashHigh = new long[capacity];
        hashLow = new long[capacity];
        offset = new long[capacity];
        length = new int[capacity];
        rawKind = new byte[capacity];
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
        add(eventTime, columnCodes, at, corrHigh, corrLow, new EventHash(0, 0), sourceId, rawOffset, rawLength, kind);
    }

    /** Adds one row with its content hash (see {@link EventStore#hash(int)}); otherwise as the other {@code add}. */
    public void add(long eventTime, int[][] columnCodes, int at, long corrHigh, long corrLow, EventHash hash,
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
        hashHigh[size] = hash.high();
        hashLow[size] = hash.low();
        if (sourceId != lastSource) {
            if (sourceId < lastSource) {
                throw new IllegalArgumentException("rows must arrive grouped by source, in order");
            }
            int from = sourceStart.length;
            sourceStart = Arrays.copyOf(sourceStart, sourceId + 1);
            Arrays.fill(sourceStart, from, sourceId + 1, size);
            lastSource = sourceId;
        }
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
            codes[c] = null; // let each column go before the next copy, to keep the peak low
            dictionaries[c].trim();
        }
        return new EventStore(size, Arrays.copyOf(time, size), trimmed, dictionaries,
                Arrays.copyOf(correlationHigh, size), Arrays.copyOf(correlationLow, size),
                Arrays.copyOf(hashHigh, size), Arrays.copyOf(hashLow, size),
                sourceStarts(sources.size()), Arrays.copyOf(offset, size), Arrays.copyOf(length, size),
                Arrays.copyOf(rawKind, size), sources);
    }

    private int[] sourceStarts(int sourceCount) {
        int[] starts = Arrays.copyOf(sourceStart, Math.max(sourceCount, sourceStart.length));
        Arrays.fill(starts, sourceStart.length, starts.length, size);
        return starts;
    }

    private void grow() {
        capacity = capacity * 2;
        time = Arrays.copyOf(time, capacity);
        for (int c = 0; c < COLUMN_COUNT; c++) {
            codes[c] = Arrays.copyOf(codes[c], capacity);
        }
        correlationHigh = Arrays.copyOf(correlationHigh, capacity);
        correlationLow = Arrays.copyOf(correlationLow, capacity);
        hashHigh = Arrays.copyOf(hashHigh, capacity);
        hashLow = Arrays.copyOf(hashLow, capacity);
        offset = Arrays.copyOf(offset, capacity);
        length = Arrays.copyOf(length, capacity);
        rawKind = Arrays.copyOf(rawKind, capacity);
    }
}
