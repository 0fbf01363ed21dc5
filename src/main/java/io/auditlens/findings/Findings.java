package io.auditlens.findings;

import io.auditlens.query.RowSet;
import io.auditlens.query.TimeRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The results of every rule that ran, in the order the rules were given. Immutable. */
public record Findings(List<RuleResult> results) {

    public Findings {
        results = List.copyOf(results);
    }

    /** No rule ran. */
    public static Findings none() {
        return new Findings(List.of());
    }

    /** Number of findings of all rules. */
    public int total() {
        return results.stream().mapToInt(r -> r.hits().size()).sum();
    }

    /** The highest severity of a rule with at least one finding; empty when nothing was found. */
    public Optional<Severity> highestSeverity() {
        return results.stream().filter(r -> !r.hits().isEmpty()).map(r -> r.rule().severity())
                .max(Enum::compareTo);
    }

    /** Whether some finding has this severity or a higher one. */
    public boolean anyAtLeast(Severity floor) {
        return highestSeverity().map(s -> s.atLeast(floor)).orElse(false);
    }

    /** The same rules with only the findings whose span meets the range (every rule is kept, maybe with no hits). */
    public Findings within(TimeRange range) {
        if (range.isAll()) {
            return this;
        }
        List<RuleResult> out = new ArrayList<>(results.size());
        for (RuleResult r : results) {
            out.add(new RuleResult(r.rule(), r.hits().stream()
                    .filter(f -> f.overlaps(range.from(), range.until())).toList()));
        }
        return new Findings(out);
    }

    /** The same rules with only the findings that have at least one event among the rows (such as a selection's). */
    public Findings involving(RowSet rows) {
        List<RuleResult> out = new ArrayList<>(results.size());
        for (RuleResult r : results) {
            out.add(new RuleResult(r.rule(), r.hits().stream().filter(f -> involves(f, rows)).toList()));
        }
        return new Findings(out);
    }

    private static boolean involves(Finding f, RowSet rows) {
        for (int i = 0; i < f.eventCount(); i++) {
            if (rows.contains(f.row(i))) {
                return true;
            }
        }
        return false;
    }
}
