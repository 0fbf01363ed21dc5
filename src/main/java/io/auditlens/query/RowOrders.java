package io.auditlens.query;

import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.store.StableRowSort;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every row of the store in the order of one field, computed once per field and kept: a selection's sorted rows
 * are then this order filtered by the selection's bits. Ties are broken by time, then by load order. Thread-safe.
 */
final class RowOrders {

    private final EventStore store;
    private final Map<EventField, int[]> orders = new ConcurrentHashMap<>();

    RowOrders(EventStore store) {
        this.store = store;
    }

    /** All rows in ascending order of the field; read-only. */
    int[] ascending(EventField field) {
        int[] order = orders.get(field);
        if (order == null) {
            // Computed outside the map so a long sort does not block other fields; a rare double computation is harmless.
            order = compute(field);
            int[] raced = orders.putIfAbsent(field, order);
            if (raced != null) {
                order = raced;
            }
        }
        return order;
    }

    private int[] compute(EventField field) {
        if (field == EventField.TIME) {
            return byTime();
        }
        if (field == EventField.CORRELATION) {
            return new CorrelationOrder(store).sort(ascending(EventField.TIME));
        }
        EventColumn column = field.column().orElseThrow();
        String[] values = new String[store.dictionary(column).size()];
        for (int code = 1; code < values.length; code++) {
            values[code] = field.fromColumnValue(store.dictionary(column).value(code));
        }
        int[] rank = ranks(values);
        return StableRowSort.byRank(ascending(EventField.TIME), store.codes(column), rank, values.length + 1);
    }

    /**
     * The rank of each code when its values are sorted by {@link ValueOrder}; equal values share a rank and code 0
     * (no value) ranks after every value.
     */
    static int[] ranks(String[] valuesByCode) {
        Integer[] codes = new Integer[valuesByCode.length - 1];
        ValueSortKey[] keys = new ValueSortKey[valuesByCode.length];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = i + 1;
            keys[i + 1] = ValueSortKey.of(valuesByCode[i + 1]);
        }
        Comparator<Integer> byValue = (a, b) -> keys[a].compareTo(keys[b]);
        Arrays.parallelSort(codes, byValue);
        int[] rank = new int[valuesByCode.length];
        int r = -1;
        for (int i = 0; i < codes.length; i++) {
            if (i == 0 || !valuesByCode[codes[i]].equals(valuesByCode[codes[i - 1]])) {
                r++;
            }
            rank[codes[i]] = r;
        }
        rank[0] = r + 1;
        return rank;
    }

    private int[] byTime() {
        int[] rows = new int[store.size()];
        for (int row = 0; row < rows.length; row++) {
            rows[row] = row;
        }
        return StableRowSort.byTime(rows, store.times());
    }
}
