package io.auditlens.findings;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Evaluates a {@link Condition.Match}: one finding per matching event, in time order. */
final class MatchEvaluator {

    private MatchEvaluator() {
    }

    static List<Finding> run(Condition.Match c, RuleScope scope, WorkingHours hours) {
        BitSet rows = scope.rows(c.query().node());
        WorkingHours.Matcher working = hours.matcher();
        List<Finding> out = new ArrayList<>();
        long[] time = scope.store().times();
        for (int row : scope.timeOrder()) {
            if (rows.get(row) && !(c.outsideWorkingHours() && working.contains(time[row]))) {
                out.add(new Finding(null, time[row], time[row], new int[]{row}));
            }
        }
        return out;
    }
}
