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
    final Dictionary[] dictionaries = new Dictionary[COLUMNS];
    final int[][] codes = new int[COLUMNS][];
    long[] time;
    long[] correlationHigh;
    long[] correlationLow;
    long[] offset;
    int[] length;
    byte[] rawKind;
    long[] hashA;
    long[] hashB;
    int[] line;
    int count;
    /** Lines this batch covered, so later batches of the same document can number theirs. */
    int lineCount;
    final List<Rejection> rejections = new ArrayList<>();
    /** True when line numbers in this batch are already absolute within the document. */
    final boolean absoluteLines;

    /** logSourceCRN values of this batch; not a store column, only the key of the region cache. */
    final Dictionary crns = new Dictionary();
    private final DerivedColumns derived;

    EventBatch(DocumentContext document, int expected, boolean absoluteLines, DerivationCache rules) {
        this.document = document;
        this.derived = new DerivedColumns(rules);
        this.absoluteLines = absoluteLines;
        int n = Math.max(16, expected);
        for (int c = 0; c < COLUMNS; c++) {
            dictionaries[c] = new Dictionary(n);
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
        line = new int[n];
    }

    /** A line or element that is not an event. */
    record Rejection(int line, String reason) {
    }

    void reject(int lineNumber, String reason) {
        rejections.add(new Rejection(lineNumber, reason));
    }

    /**
     * Adds the event the extractor just read, or rejects it when its time is invalid. The record spans
     * {@code [recordStart, recordEnd)} in parser offsets; {@code rawBase} turns those into raw-file offsets.
     */
    void accept(EventExtractor extractor, long recordStart, long recordEnd, long rawBase, int lineNumber) {
        ParsedEvent e = extractor.event();
        long eventTime = EventTime.parse(e.eventTime.chars(), 0, e.eventTime.length());
        if (eventTime == EventTime.INVALID) {
            reject(lineNumber, "eventTime \"" + LineRejections.oneLine(e.eventTime.toString()) + "\" is not a valid time");
            return;
        }
        boolean wrapped = extractor.innerStart() >= 0;
        long start = wrapped ? extractor.innerStart() : recordStart;
        long end = wrapped ? extractor.innerEnd() : recordEnd;
        add(e, eventTime, rawBase + start, (int) (end - start), extractor.rawKind(), lineNumber);
    }

    private void add(ParsedEvent e, long eventTime, long rawOffset, int rawLength, RawKind kind, int lineNumber) {
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
        line[i] = lineNumber;
        set(EventColumn.ACTION, i, e.action);
        set(EventColumn.OUTCOME, i, e.outcome);
        set(EventColumn.SEVERITY, i, e.severity);
        set(EventColumn.REASON, i, e.reasonCode);
        set(EventColumn.INITIATOR_NAME, i, e.initiatorName);
        set(EventColumn.INITIATOR_ID, i, e.initiatorId);
        set(EventColumn.IP, i, e.ip);
        set(EventColumn.STATUS, i, e.status);
        set(EventColumn.MESSAGE, i, e.message);
        set(EventColumn.RESOURCE_GROUP, i, e.resourceGroupId);
        int targetName = set(EventColumn.TARGET_NAME, i, e.targetName);
        int targetId = set(EventColumn.TARGET_ID, i, e.targetId);
        derived.fill(this, i, e.logSourceCrn.encode(crns), targetId, targetName);
        setCorrelation(i, e.correlationId);
    }

    /** Sets a derived column from a value computed once per distinct source value. */
    void setDerived(EventColumn column, int row, int code) {
        codes[column.ordinal()][row] = code;
    }

    private int set(EventColumn column, int row, CharSlot value) {
        int code = value.encode(dictionaries[column.ordinal()]);
        codes[column.ordinal()][row] = code;
        return code;
    }

    private void setCorrelation(int row, CharSlot id) {
        if (!id.present()) {
            return;
        }
        if (!Uuids.pack(id.chars(), id.length(), correlationHigh, correlationLow, row)) {
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
        line = Arrays.copyOf(line, n);
    }
}
