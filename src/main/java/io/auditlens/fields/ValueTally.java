package io.auditlens.fields;

import java.util.HashMap;
import java.util.Map;

/**
 * The values seen at one path: how many events have one, and each value's count while there are at most
 * {@link #EXACT_LIMIT} distinct values; past that only a {@link DistinctSketch} of them. Not thread-safe.
 */
final class ValueTally {

    /** Distinct values counted exactly before a path is only estimated. */
    static final int EXACT_LIMIT = 10_000;

    private long events;
    private Map<String, long[]> exact = new HashMap<>();
    private DistinctSketch sketch;

    void add(String value) {
        events++;
        if (exact != null) {
            exact.computeIfAbsent(value, v -> new long[1])[0]++;
            if (exact.size() > EXACT_LIMIT) {
                toSketch();
            }
        } else {
            sketch.add(DistinctSketch.hash(value));
        }
    }

    /** Adds a value known only by its {@link DistinctSketch#hash}; only once no longer exact. */
    void addHash(long hash) {
        events++;
        sketch.add(hash);
    }

    void addAll(ValueTally other) {
        events += other.events;
        if (exact != null && other.exact != null) {
            other.exact.forEach((v, c) -> exact.computeIfAbsent(v, k -> new long[1])[0] += c[0]);
            if (exact.size() > EXACT_LIMIT) {
                toSketch();
            }
            return;
        }
        if (exact != null) {
            toSketch();
        }
        if (other.exact != null) {
            other.exact.keySet().forEach(v -> sketch.add(DistinctSketch.hash(v)));
        } else {
            sketch.addAll(other.sketch);
        }
    }

    private void toSketch() {
        sketch = new DistinctSketch();
        exact.keySet().forEach(v -> sketch.add(DistinctSketch.hash(v)));
        exact = null;
    }

    long events() {
        return events;
    }

    boolean isExact() {
        return exact != null;
    }

    long distinct() {
        return exact != null ? exact.size() : sketch.estimate();
    }

    /** Each value's count; only while exact. */
    Map<String, Long> counts() {
        Map<String, Long> out = new HashMap<>(exact.size() * 2);
        exact.forEach((v, c) -> out.put(v, c[0]));
        return out;
    }
}
