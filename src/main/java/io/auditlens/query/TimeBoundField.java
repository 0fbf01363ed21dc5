package io.auditlens.query;

import java.util.Locale;
import java.util.Optional;

/** The two pseudo-fields that bound event time; listed next to {@link QueryField} in help. */
public enum TimeBoundField {
    AFTER("after", "Events at or after this time; ISO date or date-time, UTC unless a zone is given", "2026-03-01"),
    BEFORE("before", "Events strictly before this time; ISO date or date-time, UTC unless a zone is given",
            "2026-03-04T12:00");

    private final String queryName;
    private final String description;
    private final String exampleValue;

    TimeBoundField(String queryName, String description, String exampleValue) {
        this.queryName = queryName;
        this.description = description;
        this.exampleValue = exampleValue;
    }

    /** The name written before the colon. */
    public String queryName() {
        return queryName;
    }

    /** One line for the help popover. */
    public String description() {
        return description;
    }

    /** A typical value. */
    public String exampleValue() {
        return exampleValue;
    }

    /** A complete term for the help popover, e.g. {@code after:2026-03-01}. */
    public String exampleQuery() {
        return queryName + ":" + exampleValue;
    }

    /** Whether this bound is inclusive-from ({@code after:}) rather than exclusive-until. */
    public boolean isAfter() {
        return this == AFTER;
    }

    /** The bound a query name stands for, ignoring case. */
    public static Optional<TimeBoundField> byName(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (TimeBoundField f : values()) {
            if (f.queryName.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
