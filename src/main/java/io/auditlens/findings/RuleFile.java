package io.auditlens.findings;

import java.util.List;
import java.util.Set;

/** What one rule file holds: its rules, and the ids of rules it switches off ({@code enabled: false}). */
public record RuleFile(List<Rule> rules, Set<String> disabled) {

    public RuleFile {
        rules = List.copyOf(rules);
        disabled = Set.copyOf(disabled);
    }
}
