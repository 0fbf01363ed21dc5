package io.auditlens.findings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Evaluates a {@link Condition.Sequence} in one pass over the time order: per key it remembers the position of the
 * latest event matching X and of the latest matching U, so each Y looks up its pair in constant time.
 * <p>An X event is keyed by the first key field it has a value for (the digest, else the repository); Y and U events
 * are compared on every field they have, so a pull with a digest still pairs with a signature deletion known only by
 * its repository.
 */
final class SequenceEvaluator {

    private SequenceEvaluator() {
    }

    static List<Finding> run(Condition.Sequence c, RuleScope scope) {
        BitSet x = scope.rows(c.first().node());
        BitSet y = scope.rows(c.then().node());
        BitSet u = c.unless() == null ? new BitSet() : scope.rows(c.unless().node());
        BitSet any = (BitSet) x.clone();
        any.or(y);
        any.or(u);
        KeyFields keys = scope.keys(c.key(), any);
        long[] time = scope.store().times();
        long window = c.window().toMillis();
        int[] order = scope.timeOrder();
        int[] lastX = new int[keys.size()];
        int[] lastU = new int[keys.size()];
        Arrays.fill(lastX, -1);
        Arrays.fill(lastU, -1);
        List<Finding> out = new ArrayList<>();
        for (int p = 0; p < order.length; p++) {
            int row = order[p];
            if (!any.get(row)) {
                continue;
            }
            if (y.get(row)) {
                int best = -1;
                int bestKey = 0;
                for (int i = 0; i < keys.count(); i++) {
                    int k = keys.code(i, row);
                    int px = k == 0 ? -1 : lastX[k];
                    // The latest X is the only candidate: an earlier one is further away and has any U after it too.
                    if (px > best && time[row] - time[order[px]] <= window && lastU[k] <= px) {
                        best = px;
                        bestKey = k;
                    }
                }
                if (best >= 0) {
                    int first = order[best];
                    out.add(new Finding(keys.value(bestKey), time[first], time[row], new int[]{first, row}));
                }
            }
            if (x.get(row)) {
                int k = keys.first(row);
                if (k != 0) {
                    lastX[k] = p;
                }
            }
            if (u.get(row)) {
                for (int i = 0; i < keys.count(); i++) {
                    int k = keys.code(i, row);
                    if (k != 0) {
                        lastU[k] = p;
                    }
                }
            }
        }
        scope.checkCancelled();
        return out;
    }
}
