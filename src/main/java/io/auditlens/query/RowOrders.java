package io.auditlens.query;

import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.store.StableRowSort;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every row of the store in the order of one field, computed once per field and kept: a selection's sorted rows
 * are then this order filtered by the selection's bits. Ties are broken by time, then by load order. Thread-safe.
 */
final class RowOrders {

    private final EventStore store;
    private final LowerCaseDictionaries lower;
    private final Map<EventField, int[]> orders = new ConcurrentHashMap<>();

    RowOrders(EventStore store, LowerCaseDictionaries lower) {
        this.store = store;
        this.lower = lower;
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
        int[] rank = field.isDerived() ? ranks(values) : ValueRanks.of(values, lower.of(column));
        return StableRowSort.byRank(ascending(EventField.TIME), store.codes(column), rank, values.length + 1);
    }

    /** The rank of each code's value in table order ({@link ValueRanks}), lower-casing the values here. */
    static int[] ranks(String[] valuesByCode) {
        String[] lower = new String[valuesByCode.length];
        for (int code = 1; code < lower.length; code++) {
            lower[code] = TextComparison.lower(valuesByCode[code]);
        }
        return ValueRanks.of(valuesByCode, lower);
    }

    private int[] byTime() {
        int[] rows = new int[store.size()];
        for (int row = 0; row < rows.length; row++) {
            rows[row] = row;
        }
        return StableRowSort.byTime(rows, store.times());
    }
}
