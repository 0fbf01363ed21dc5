package io.auditlens.findings;

import io.auditlens.query.SelectionEngine;
import io.auditlens.task.CancelSignal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs rules over all events of a store, through the same query engine as the window, on all cores (one rule per
 * task). Findings are over everything loaded; narrow them to a selection with {@link Findings#within} or
 * {@link Findings#involving}.
 */
public final class RuleEngine {

    private final WorkingHours workingHours;

    /** An engine judging "outside working hours" by the given hours. */
    public RuleEngine(WorkingHours workingHours) {
        this.workingHours = workingHours;
    }

    /** Runs the rules without cancellation. */
    public Findings run(SelectionEngine engine, List<Rule> rules) {
        return run(engine, rules, CancelSignal.never());
    }

    /**
     * Runs the rules; results come in the order of {@code rules}.
     *
     * @throws java.util.concurrent.CancellationException when the signal is raised
     * @throws io.auditlens.query.EventTextUnavailableException when a JSON-path term or key cannot read an event
     */
    public Findings run(SelectionEngine engine, List<Rule> rules, CancelSignal cancel) {
        return run(RuleScope.ofStore(engine, cancel), rules);
    }

    /**
     * Runs the rules over a store that holds only some of the events (archive mode brings into memory just the
     * events the rules can find): {@code firstTime} is the time of the first event of them all, where first-seen
     * rules start their learning period.
     */
    public Findings run(SelectionEngine engine, List<Rule> rules, CancelSignal cancel, long firstTime) {
        return run(new RuleScope(engine, cancel, firstTime), rules);
    }

    private Findings run(RuleScope scope, List<Rule> rules) {
        return new Findings(rules.parallelStream().map(rule -> new RuleResult(rule, hits(rule, scope))).toList());
    }

    /** Findings in time order of their first event, ties in load order of that event, then by their last. */
    private static final Comparator<Finding> ORDER = Comparator.comparingLong(Finding::first)
            .thenComparingInt(f -> f.row(0)).thenComparingLong(Finding::last)
            .thenComparingInt(f -> f.row(f.eventCount() - 1));

    private List<Finding> hits(Rule rule, RuleScope scope) {
        List<Finding> hits = new ArrayList<>(unordered(rule, scope));
        hits.sort(ORDER);
        return hits;
    }

    private List<Finding> unordered(Rule rule, RuleScope scope) {
        scope.checkCancelled();
        Condition c = rule.condition();
        if (c instanceof Condition.Match m) {
            return MatchEvaluator.run(m, scope, workingHours);
        }
        if (c instanceof Condition.Threshold t) {
            return ThresholdEvaluator.run(t, scope);
        }
        if (c instanceof Condition.FirstSeen f) {
            return FirstSeenEvaluator.run(f, scope);
        }
        return SequenceEvaluator.run((Condition.Sequence) c, scope);
    }
}
