package io.auditlens.ingest;

import io.auditlens.store.Dictionary;
import io.auditlens.store.EventColumn;
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

    private final EventStoreBuilder builder = new EventStoreBuilder();
    private final DuplicateSet seen = new DuplicateSet();

    void merge(EventBatch batch) {
        DocumentContext doc = batch.document;
        for (EventColumn column : COLUMNS) {
            remap(batch.dictionaries[column.ordinal()], batch.codes[column.ordinal()], batch.count,
                    builder.dictionary(column));
        }
        long added = 0;
        for (int i = 0; i < batch.count; i++) {
            if (!seen.add(batch.hashA[i], batch.hashB[i])) {
                doc.file.duplicates++;
                continue;
            }
            builder.add(batch.time[i], batch.codes, i, batch.correlationHigh[i], batch.correlationLow[i],
                    doc.sourceId, batch.offset[i], batch.length[i], RAW_KINDS[batch.rawKind[i]]);
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

    EventStore build(List<SourceFile> sources) {
        return builder.build(sources);
    }

    private static void remap(Dictionary local, int[] codes, int count, Dictionary global) {
        int[] map = new int[local.size()];
        for (int c = 1; c < map.length; c++) {
            map[c] = global.encodeFrom(local, c);
        }
        for (int i = 0; i < count; i++) {
            codes[i] = map[codes[i]];
        }
    }
}
