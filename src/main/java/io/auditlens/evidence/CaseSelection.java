package io.auditlens.evidence;

import java.util.List;
import java.util.Map;

/**
 * The selection a case was last looking at: query text, facet picks by facet key, and the time range as ISO
 * instants (null for an open end).
 */
public record CaseSelection(String query, Map<String, List<String>> picks, String from, String to) {

    public CaseSelection {
        query = query == null ? "" : query;
        picks = picks == null ? Map.of() : Map.copyOf(picks);
    }

    /** Every event. */
    public static CaseSelection all() {
        return new CaseSelection("", Map.of(), null, null);
    }
}
