package io.auditlens.export;

import java.util.List;
import java.util.Map;

/**
 * The selection an export was made of, as {@code verify} re-runs it.
 *
 * @param query query text ("" for none)
 * @param picks facet key to picked values
 * @param from  start of the time range, ISO UTC, inclusive; null when open
 * @param until end of the time range, ISO UTC, exclusive; null when open
 * @param view  the saved view the selection started from, or null
 * @param label the label filter ("*" for any label), or null
 * @param caseFile the case whose labels applied, as given, or null
 */
public record ProvenanceSelection(String query, Map<String, List<String>> picks, String from, String until,
                                  String view, String label, String caseFile) {

    public ProvenanceSelection {
        query = query == null ? "" : query;
        picks = picks == null ? Map.of() : Map.copyOf(picks);
    }
}
