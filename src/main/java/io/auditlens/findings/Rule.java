package io.auditlens.findings;

import java.util.Objects;

/**
 * One question asked of the loaded events: a stable id, a title, a severity, why it matters, and its condition.
 *
 * @param why a few sentences for the auditor: what the finding may mean and what to check next
 */
public record Rule(String id, String title, Severity severity, String why, Condition condition) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(condition, "condition");
        why = why == null ? "" : why.strip();
    }
}
