package io.auditlens.query;

import io.auditlens.store.Dictionary;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lower-case form of every dictionary value, computed once per column and kept: case-insensitive terms are
 * then plain {@code equals}, {@code startsWith} and {@code contains} calls, which the JIT turns into vector code.
 */
final class LowerCaseDictionaries {

    private final EventStore store;
    private final Map<EventColumn, String[]> lowered = new ConcurrentHashMap<>();

    LowerCaseDictionaries(EventStore store) {
        this.store = store;
    }

    /** Lower-case values indexed by code; index 0 (no value) is null. */
    String[] of(EventColumn column) {
        return lowered.computeIfAbsent(column, c -> {
            Dictionary d = store.dictionary(c);
            String[] out = new String[d.size()];
            for (int code = 1; code < out.length; code++) {
                out[code] = TextComparison.lower(d.value(code));
            }
            return out;
        });
    }
}
