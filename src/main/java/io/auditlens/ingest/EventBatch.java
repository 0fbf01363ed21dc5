package io.auditlens.ingest;

import io.auditlens.event.EventTime;
import io.auditlens.store.Dictionary;
import io.auditlens.store.EventColumn;
import io.auditlens.store.RawKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The events and rejected lines of one chunk of one document, encoded against batch-local dictionaries so that
 * parser threads never share state; the loader remaps the codes into the store's dictionaries in input order.
 */
final class EventBatch {

    private static final int COLUMNS = EventColumn.values().length;

    final DocumentContext document;
    /** The parser thread's dictionaries the codes refer to. */
    final ThreadColumns columns;
    /** The values of {@link #columns} as of the end of this batch, for the merger; set by {@link #seal()}. */
    Dictionary.Snapshot[] snapshots;
    final int[][] codes = new int[COLUMNS][];
    long[] time;
    long[] correlationHigh;
    long[] correlationLow;
    long[] offset;
    int[] length;
    byte[] rawKind;
    long[] hashA;
    long[] hashB;
    int count;
    /** Lines this batch covered, so later batches of the same document can number theirs. */
    int lineCount;
    final List<Rejection> rejections = new ArrayList<>();
    /** True when line numbers in this batch are already absolute within the document. */
    final boolean absoluteLines;


    EventBatch(DocumentContext document, int expected, boolean absoluteLines, ThreadColumns columns) {
        this.document = document;
        this.columns = columns;
        this.absoluteLines = absoluteLines;
        int n = Math.max(16, expected);
        for (int c = 0; c < COLUMNS; c++) {
            codes[c] = new int[n];
        }
        time = new long[n];
        correlationHigh = new long[n];
        correlationLow = new long[n];
        offset = new long[n];
        length = new int[n];
        rawKind = new byte[n];
        hashA = new long[n];
        hashB = new long[n];
    }

    /** Ends the batch: takes the snapshots the merger will read values through. Returns this batch. */
    EventBatch seal() {
        columns.derived.completePending(columns, this);
        snapshots = columns.snapshot();
        return this;
    }

    /** A line or element that is not an event. */
    record Rejection(int line, String reason) {
    }

    void reject(int lineNumber, String reason) {
        rejections.add(new Rejection(lineNumber, reason));
    }

    /** A batch of exactly one line, rejected, made on the reading thread with that thread's columns. */
    static EventBatch rejectedLine(DocumentContext doc, String reason, ThreadColumns readerColumns) {
        EventBatch batch = new EventBatch(doc, 0, false, readerColumns);
        batch.reject(1, reason);
        batch.lineCount = 1;
        return batch.seal();
    }

    /**
     * Adds the event the extractor just read, or rejects it when its time is invalid. The record spans
     * {@code [recordStart, recordEnd)} in parser offsets; {@code rawBase} turns those into raw-file offsets.
     */
    void accept(EventExtractor extractor, long recordStart, long recordEnd, long rawBase, int lineNumber) {
        ParsedEvent e = extractor.event();
        long eventTime = EventTime.parse(e.eventTime.bytes(), 0, e.eventTime.length());
        if (eventTime == EventTime.INVALID) {
            reject(lineNumber, "eventTime \"" + LineRejections.oneLine(e.eventTime.toString()) + "\" is not a valid time");
            return;
        }
        boolean wrapped = extractor.innerStart() >= 0;
        long start = wrapped ? extractor.innerStart() : recordStart;
        long end = wrapped ? extractor.innerEnd() : recordEnd;
        add(e, eventTime, rawBase + start, (int) (end - start), extractor.rawKind());
    }

    private void add(ParsedEvent e, long eventTime, long rawOffset, int rawLength, RawKind kind) {
        if (count == time.length) {
            grow();
        }
        int i = count++;
        time[i] = eventTime;
        offset[i] = rawOffset;
        length[i] = rawLength;
        rawKind[i] = (byte) kind.ordinal();
        hashA[i] = e.hashA;
        hashB[i] = e.hashB;
        // A loop rather than one call per column keeps the compiled code small, so it is compiled sooner.
        for (int k = 0; k < ParsedEvent.STORED_COLUMNS.length; k++) {
            set(ParsedEvent.STORED_COLUMNS[k], i, e.stored[k]);
        }
        int targetName = codes[EventColumn.TARGET_NAME.ordinal()][i];
        int targetId = codes[EventColumn.TARGET_ID.ordinal()][i];
        columns.derived.fill(this, i, e.logSourceCrn.encode(columns.crns), targetId, targetName);
        setCorrelation(i, e.correlationId);
    }

    /** Sets a derived column from a value computed once per distinct source value. */
    void setDerived(EventColumn column, int row, int code) {
        codes[column.ordinal()][row] = code;
    }

    private int set(EventColumn column, int row, TextSlot value) {
        int code = value.encode(columns.dictionaries[column.ordinal()]);
        codes[column.ordinal()][row] = code;
        return code;
    }

    private void setCorrelation(int row, TextSlot id) {
        if (!id.present()) {
            return;
        }
        if (!Uuids.pack(id.bytes(), id.length(), correlationHigh, correlationLow, row)) {
            set(EventColumn.CORRELATION_TEXT, row, id);
        }
    }

    private void grow() {
        int n = time.length * 2;
        for (int c = 0; c < COLUMNS; c++) {
            codes[c] = Arrays.copyOf(codes[c], n);
        }
        time = Arrays.copyOf(time, n);
        correlationHigh = Arrays.copyOf(correlationHigh, n);
        correlationLow = Arrays.copyOf(correlationLow, n);
        offset = Arrays.copyOf(offset, n);
        length = Arrays.copyOf(length, n);
        rawKind = Arrays.copyOf(rawKind, n);
        hashA = Arrays.copyOf(hashA, n);
        hashB = Arrays.copyOf(hashB, n);
    }
}
