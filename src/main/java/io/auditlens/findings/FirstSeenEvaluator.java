package io.auditlens.findings;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Evaluates a {@link Condition.FirstSeen}: matching events in time order (ties in load order); once the learning
 * period from the first loaded event is over, an event whose value was never seen with its key before is a finding.
 */
final class FirstSeenEvaluator {

    private FirstSeenEvaluator() {
    }

    static List<Finding> run(Condition.FirstSeen c, RuleScope scope) {
        BitSet rows = scope.rows(c.query().node());
        KeyFields keys = scope.keys(c.key(), rows);
        KeyFields values = scope.keys(c.value(), rows);
        long[] time = scope.store().times();
        long judgedFrom = scope.firstTime() + c.learning().toMillis();
        PairSet seen = new PairSet(Math.max(16, rows.cardinality() / 8));
        List<Finding> out = new ArrayList<>();
        for (int row : scope.timeOrder()) {
            if (!rows.get(row)) {
                continue;
            }
            int k = keys.first(row);
            int v = values.first(row);
            if (k != 0 && v != 0 && seen.add(k, v) && time[row] >= judgedFrom) {
                out.add(new Finding(keys.value(k), time[row], time[row], new int[]{row}));
            }
        }
        return out;
    }
}
