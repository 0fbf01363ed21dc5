package io.auditlens.ingest;

import io.auditlens.store.Dictionary;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventHash;
import io.auditlens.store.EventStore;
import io.auditlens.store.EventStoreBuilder;
import io.auditlens.store.RawKind;
import io.auditlens.store.SourceFile;

import java.util.List;

/**
 * Moves batches into the store in input order: remaps batch-local codes to the store's dictionaries, drops
 * duplicates of events already kept (first copy wins), and tallies events and rejected lines per file.
 */
final class StoreMerger {

    private static final EventColumn[] COLUMNS = EventColumn.values();
    private static final RawKind[] RAW_KINDS = RawKind.values();

    private final EventStoreBuilder builder;
    /** Hashes of the events kept; let go when the store is built. */
    private DuplicateSet seen;

    /** A merger expecting about {@code expectedRows} events, so the duplicate set rarely needs to grow. */
    StoreMerger(int expectedRows) {
        builder = new EventStoreBuilder();
        seen = new DuplicateSet(expectedRows);
    }

    void merge(EventBatch batch) {
        DocumentContext doc = batch.document;
        int[][] maps = batch.columns.storeCodes;
        for (EventColumn column : COLUMNS) {
            int c = column.ordinal();
            maps[c] = remap(batch.snapshots[c], maps[c], batch.codes[c], batch.count, builder.dictionary(column));
        }
        long added = 0;
        for (int i = 0; i < batch.count; i++) {
            if (!seen.add(batch.hashA[i], batch.hashB[i])) {
                doc.file.duplicates++;
                continue;
            }
            builder.add(batch.time[i], batch.codes, i, batch.correlationHigh[i], batch.correlationLow[i],
                    new EventHash(batch.hashA[i], batch.hashB[i]), doc.sourceId, batch.offset[i], batch.length[i], RAW_KINDS[batch.rawKind[i]]);
            added++;
        }
        doc.file.events += added;
        for (EventBatch.Rejection r : batch.rejections) {
            doc.file.reject(doc.absoluteLine(batch, r.line()), doc.describe(r.reason()));
        }
        doc.advance(batch);
    }

    /** Events kept so far. */
    int size() {
        return builder.size();
    }

    /** Builds the store; no batch may be merged afterwards. The duplicate set goes first, to lower the peak. */
    EventStore build(List<SourceFile> sources) {
        seen = null;
        return builder.build(sources);
    }

    /**
     * Rewrites a batch column from thread codes to store codes. {@code map} remembers store codes per thread
     * code across batches (0 = not looked up yet), so each distinct value is copied once per thread.
     */
    private static int[] remap(Dictionary.Snapshot values, int[] map, int[] codes, int count, Dictionary store) {
        int[] m = map == null || map.length < values.size() ? grow(map, values.size()) : map;
        for (int i = 0; i < count; i++) {
            int local = codes[i];
            int global = m[local];
            if (global == 0 && local != 0) {
                global = store.encodeFrom(values, local);
                m[local] = global;
            }
            codes[i] = global;
        }
        return m;
    }

    private static int[] grow(int[] map, int size) {
        int capacity = Math.max(size, map == null ? 1024 : map.length * 2);
        return map == null ? new int[capacity] : java.util.Arrays.copyOf(map, capacity);
    }
}
