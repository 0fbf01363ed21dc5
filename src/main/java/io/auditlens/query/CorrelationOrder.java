package io.auditlens.query;

import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.store.StableRowSort;

import java.util.UUID;

/**
 * Sorts rows by correlation id as text. UUIDs (packed in two longs) sort by their bits, which is their text order
 * because they are fixed-width lower-case hex; the few non-UUID ids are sorted apart and merged in by binary search,
 * so strings are made only for those comparisons.
 */
final class CorrelationOrder {

    private final EventStore store;

    CorrelationOrder(EventStore store) {
        this.store = store;
    }

    /** The rows of {@code timeOrder} sorted by correlation id, ties in time order, rows without one last. */
    int[] sort(int[] timeOrder) {
        int size = store.size();
        long[] hi = new long[size];
        long[] lo = new long[size];
        int[] textCodes = store.codes(EventColumn.CORRELATION_TEXT);
        int packedCount = 0;
        int textCount = 0;
        for (int row = 0; row < size; row++) {
            hi[row] = store.correlationHigh(row);
            lo[row] = store.correlationLow(row);
            if (hi[row] != 0 || lo[row] != 0) {
                packedCount++;
            } else if (textCodes[row] != 0) {
                textCount++;
            }
        }
        int[] packed = new int[packedCount];
        int[] text = new int[textCount];
        int[] none = new int[size - packedCount - textCount];
        int p = 0;
        int t = 0;
        int n = 0;
        for (int row : timeOrder) {
            if (hi[row] != 0 || lo[row] != 0) {
                packed[p++] = row;
            } else if (textCodes[row] != 0) {
                text[t++] = row;
            } else {
                none[n++] = row;
            }
        }
        packed = StableRowSort.byUnsignedKey(StableRowSort.byUnsignedKey(packed, lo, 64), hi, 64);
        String[] values = new String[store.dictionary(EventColumn.CORRELATION_TEXT).size()];
        String[] lower = new String[values.length];
        for (int code = 1; code < values.length; code++) {
            values[code] = store.dictionary(EventColumn.CORRELATION_TEXT).value(code);
            lower[code] = TextComparison.lower(values[code]);
        }
        text = StableRowSort.byRank(text, textCodes, ValueRanks.of(lower, code -> values[code], true),
                values.length + 1);
        return merge(packed, text, none, textCodes, values);
    }

    private int[] merge(int[] packed, int[] text, int[] none, int[] textCodes, String[] values) {
        int[] out = new int[packed.length + text.length + none.length];
        int o = 0;
        int at = 0;
        int lastCode = -1;
        int insertAt = 0;
        for (int row : text) {
            int code = textCodes[row];
            if (code != lastCode) {
                insertAt = firstPackedAfter(packed, at, values[code]);
                lastCode = code;
            }
            System.arraycopy(packed, at, out, o, insertAt - at);
            o += insertAt - at;
            at = insertAt;
            out[o++] = row;
        }
        System.arraycopy(packed, at, out, o, packed.length - at);
        o += packed.length - at;
        System.arraycopy(none, 0, out, o, none.length);
        return out;
    }

    private int firstPackedAfter(int[] packed, int from, String text) {
        int low = from;
        int high = packed.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            int row = packed[mid];
            String uuid = new UUID(store.correlationHigh(row), store.correlationLow(row)).toString();
            if (ValueRanks.compare(uuid, text) > 0) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
