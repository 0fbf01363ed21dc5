package io.auditlens.query;

import io.auditlens.store.Dictionary;
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
        Dictionary dictionary = store.dictionary(column);
        int[] rank = field.isDerived() ? derivedRanks(field, dictionary)
                : DictionaryRanks.of(dictionary)
                        .orElseGet(() -> ValueRanks.of(lower.of(column), dictionary::value, true));
        return StableRowSort.byRank(ascending(EventField.TIME), store.codes(column), rank, dictionary.size() + 1);
    }

    /** The rank of each code's derived value (category, geography); codes with the same value share a rank. */
    private static int[] derivedRanks(EventField field, Dictionary dictionary) {
        String[] values = new String[dictionary.size()];
        String[] lower = new String[values.length];
        for (int code = 1; code < values.length; code++) {
            values[code] = field.fromColumnValue(dictionary.value(code));
            lower[code] = TextComparison.lower(values[code]);
        }
        return ValueRanks.of(lower, code -> values[code], false);
    }

    private int[] byTime() {
        int[] rows = new int[store.size()];
        for (int row = 0; row < rows.length; row++) {
            rows[row] = row;
        }
        return StableRowSort.byTime(rows, store.times());
    }
}
