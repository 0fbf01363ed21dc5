package io.auditlens.findings;

import java.util.List;

/** What one rule found: its findings in time order of their first event (empty when it found nothing). */
public record RuleResult(Rule rule, List<Finding> hits) {

    public RuleResult {
        hits = List.copyOf(hits);
    }
}
