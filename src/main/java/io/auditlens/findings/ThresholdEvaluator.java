package io.auditlens.findings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Evaluates a {@link Condition.Threshold}: per key, the matching events in time order; every window e_i..e_j with
 * at least N events and time(e_j) - time(e_i) <= T qualifies, and windows sharing an event merge into one burst.
 */
final class ThresholdEvaluator {

    private ThresholdEvaluator() {
    }

    static List<Finding> run(Condition.Threshold c, RuleScope scope) {
        BitSet rows = scope.rows(c.query().node());
        KeyFields keys = scope.keys(c.groupBy(), rows);
        long[] time = scope.store().times();
        long window = c.window().toMillis();
        // The matching rows grouped by key, each group in time order: a stable counting sort of the time order.
        int[] order = scope.timeOrder();
        int[] count = new int[keys.size() + 1];
        int n = 0;
        int[] keyed = new int[rows.cardinality()];
        int[] keyOf = new int[keyed.length];
        for (int row : order) {
            if (rows.get(row)) {
                int k = keys.first(row);
                if (k != 0) {
                    keyed[n] = row;
                    keyOf[n++] = k;
                    count[k + 1]++;
                }
            }
        }
        for (int k = 1; k < count.length; k++) {
            count[k] += count[k - 1];
        }
        int[] grouped = new int[n];
        int[] next = Arrays.copyOf(count, count.length);
        for (int i = 0; i < n; i++) {
            grouped[next[keyOf[i]]++] = keyed[i];
        }
        List<Finding> out = new ArrayList<>();
        for (int k = 1; k < keys.size(); k++) {
            int from = count[k];
            int to = count[k + 1];
            if (to - from >= c.count()) {
                bursts(grouped, from, to, time, c.count(), window, keys.value(k), out);
            }
        }
        scope.checkCancelled();
        return out;
    }

    /** Appends the merged bursts of one key's rows {@code g[from, to)}, which are in time order. */
    private static void bursts(int[] g, int from, int to, long[] time, int min, long window, String key,
                               List<Finding> out) {
        int burstStart = -1;
        int burstEnd = -1;
        int i = from;
        for (int j = from; j < to; j++) {
            while (time[g[j]] - time[g[i]] > window) {
                i++;
            }
            if (j - i + 1 < min) {
                continue;
            }
            // [i, j] is the longest qualifying window ending at j; it merges with the burst when they share an event.
            if (burstStart >= 0 && i <= burstEnd) {
                burstEnd = j;
            } else {
                emit(g, burstStart, burstEnd, time, key, out);
                burstStart = i;
                burstEnd = j;
            }
        }
        emit(g, burstStart, burstEnd, time, key, out);
    }

    private static void emit(int[] g, int start, int end, long[] time, String key, List<Finding> out) {
        if (start >= 0) {
            int[] rows = Arrays.copyOfRange(g, start, end + 1);
            out.add(new Finding(key, time[rows[0]], time[rows[rows.length - 1]], rows));
        }
    }
}
