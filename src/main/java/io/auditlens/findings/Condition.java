package io.auditlens.findings;

import java.time.Duration;

/** What a rule looks for; the exact meaning of each kind is in docs/rules.md. */
public sealed interface Condition {

    /** The name of the condition kind in rule files. */
    String kind();

    /**
     * Each event matching the query is one finding; with {@code outsideWorkingHours}, only events outside the
     * configured working hours.
     */
    record Match(RuleQuery query, boolean outsideWorkingHours) implements Condition {
        @Override
        public String kind() {
            return "match";
        }
    }

    /**
     * Per value of the group-by field, bursts of at least {@code count} matching events within {@code window};
     * overlapping bursts merge into one finding.
     */
    record Threshold(RuleQuery query, KeySpec groupBy, int count, Duration window) implements Condition {
        public Threshold {
            if (count < 1) {
                throw new IllegalArgumentException("count must be at least 1");
            }
        }

        @Override
        public String kind() {
            return "threshold";
        }
    }

    /**
     * After the learning period from the first loaded event, an event whose {@code value} was never seen before with
     * its {@code key} (among matching events, in time order) is one finding.
     */
    record FirstSeen(RuleQuery query, KeySpec key, KeySpec value, Duration learning) implements Condition {
        /** The learning period when a rule gives none. */
        public static final Duration DEFAULT_LEARNING = Duration.ofDays(7);

        @Override
        public String kind() {
            return "first-seen";
        }
    }

    /**
     * An event matching {@code then} is a finding when an event matching {@code first} with the same key precedes it
     * within {@code window} and no event matching {@code unless} (may be null) with that key lies between them.
     */
    record Sequence(RuleQuery first, RuleQuery then, KeySpec key, Duration window, RuleQuery unless)
            implements Condition {
        @Override
        public String kind() {
            return "sequence";
        }
    }
}
