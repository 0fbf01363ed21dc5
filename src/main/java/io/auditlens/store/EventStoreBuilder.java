package io.auditlens.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Appends rows whose values are already dictionary codes, then builds an {@link EventStore}. Single-threaded.
 * Rows are kept in blocks until the store is built, so that the builder needs no estimate of the row count: it
 * neither holds room for rows that never come nor copies its columns to grow, and building copies one column at a
 * time into arrays of the exact size.
 */
public final class EventStoreBuilder {

    private static final int COLUMN_COUNT = EventColumn.values().length;
    private static final int BLOCK_BITS = 14;
    private static final int BLOCK = 1 << BLOCK_BITS;
    /** The long columns of a block. */
    private static final int TIME = 0;
    private static final int CORRELATION_HIGH = 1;
    private static final int CORRELATION_LOW = 2;
    private static final int HASH_HIGH = 3;
    private static final int HASH_LOW = 4;
    private static final int OFFSET = 5;
    private static final int LONG_COLUMNS = 6;
    /** The int columns of a block: the codes of every {@link EventColumn}, then the raw length. */
    private static final int LENGTH = COLUMN_COUNT;

    private final Dictionary[] dictionaries = new Dictionary[COLUMN_COUNT];
    private int size;
    private final List<long[][]> longBlocks = new ArrayList<>();
    private final List<int[][]> intBlocks = new ArrayList<>();
    private final List<byte[]> kindBlocks = new ArrayList<>();
    /** The block rows are being added to. */
    private long[][] longs;
    private int[][] ints;
    private byte[] kinds;
    /** Row where each source's rows start; rows arrive grouped by source, in input order. */
    private int[] sourceStart = new int[0];
    private int lastSource = -1;

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
        add(eventTime, columnCodes, at, corrHigh, corrLow, new EventHash(0, 0), sourceId, rawOffset, rawLength, kind);
    }

    /** Adds one row with its content hash (see {@link EventStore#hash(int)}); otherwise as the other {@code add}. */
    public void add(long eventTime, int[][] columnCodes, int at, long corrHigh, long corrLow, EventHash hash,
                    int sourceId, long rawOffset, int rawLength, RawKind kind) {
        int i = size & (BLOCK - 1);
        if (i == 0) {
            newBlock();
        }
        longs[TIME][i] = eventTime;
        for (int c = 0; c < COLUMN_COUNT; c++) {
            ints[c][i] = columnCodes[c][at];
        }
        longs[CORRELATION_HIGH][i] = corrHigh;
        longs[CORRELATION_LOW][i] = corrLow;
        longs[HASH_HIGH][i] = hash.high();
        longs[HASH_LOW][i] = hash.low();
        if (sourceId != lastSource) {
            if (sourceId < lastSource) {
                throw new IllegalArgumentException("rows must arrive grouped by source, in order");
            }
            int from = sourceStart.length;
            sourceStart = Arrays.copyOf(sourceStart, sourceId + 1);
            Arrays.fill(sourceStart, from, sourceId + 1, size);
            lastSource = sourceId;
        }
        longs[OFFSET][i] = rawOffset;
        ints[LENGTH][i] = rawLength;
        kinds[i] = (byte) kind.ordinal();
        size++;
    }

    private void newBlock() {
        longs = new long[LONG_COLUMNS][BLOCK];
        ints = new int[COLUMN_COUNT + 1][BLOCK];
        kinds = new byte[BLOCK];
        longBlocks.add(longs);
        intBlocks.add(ints);
        kindBlocks.add(kinds);
    }

    /**
     * Builds the store; the builder must not be used afterwards. Each column is joined from its blocks into an array
     * of its rows, and its blocks let go, before the next one: building needs one column on top of the rows.
     */
    public EventStore build(List<SourceFile> sources) {
        int[][] codes = new int[COLUMN_COUNT][];
        for (int c = 0; c < COLUMN_COUNT; c++) {
            codes[c] = joinInts(c);
            dictionaries[c].trim();
        }
        long[] time = joinLongs(TIME);
        long[] correlationHigh = joinLongs(CORRELATION_HIGH);
        long[] correlationLow = joinLongs(CORRELATION_LOW);
        long[] hashHigh = joinLongs(HASH_HIGH);
        long[] hashLow = joinLongs(HASH_LOW);
        long[] offset = joinLongs(OFFSET);
        int[] length = joinInts(LENGTH);
        byte[] rawKind = new byte[size];
        for (int b = 0; b < kindBlocks.size(); b++) {
            System.arraycopy(kindBlocks.get(b), 0, rawKind, b << BLOCK_BITS, rowsIn(b));
        }
        kindBlocks.clear();
        longs = null;
        ints = null;
        kinds = null;
        return new EventStore(size, time, codes, dictionaries, correlationHigh, correlationLow, hashHigh, hashLow,
                sourceStarts(sources.size()), offset, length, rawKind, sources);
    }

    private int rowsIn(int block) {
        return Math.min(BLOCK, size - (block << BLOCK_BITS));
    }

    private long[] joinLongs(int column) {
        return (long[]) join(longBlocks, column, new long[size]);
    }

    private int[] joinInts(int column) {
        return (int[]) join(intBlocks, column, new int[size]);
    }

    /** Copies one column of every block into {@code out}, a primitive array of {@link #size} elements. */
    private Object join(List<? extends Object[]> blocks, int column, Object out) {
        for (int b = 0; b < blocks.size(); b++) {
            Object[] block = blocks.get(b);
            System.arraycopy(block[column], 0, out, b << BLOCK_BITS, rowsIn(b));
            block[column] = null;
        }
        return out;
    }

    private int[] sourceStarts(int sourceCount) {
        int[] starts = Arrays.copyOf(sourceStart, Math.max(sourceCount, sourceStart.length));
        Arrays.fill(starts, sourceStart.length, starts.length, size);
        return starts;
    }
}
