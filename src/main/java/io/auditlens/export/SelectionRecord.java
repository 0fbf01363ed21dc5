package io.auditlens.export;

import io.auditlens.query.Facet;
import io.auditlens.query.QueryNode;
import io.auditlens.query.QuerySyntaxException;
import io.auditlens.query.Selection;
import io.auditlens.query.TimeRange;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Turns a selection into its provenance record and back, so that {@code verify} can run it again. */
public final class SelectionRecord {

    private SelectionRecord() {
    }

    /**
     * The record of a selection (its query, picks and range as resolved, a view's included) with the view it started
     * from, the label filter and the case file, each null when not used.
     */
    public static ProvenanceSelection of(Selection selection, String view, String label, String caseFile) {
        Map<String, List<String>> picks = new LinkedHashMap<>();
        selection.picks().forEach((facet, values) -> picks.put(facet.key(), List.copyOf(new TreeSet<>(values))));
        TimeRange r = selection.range();
        return new ProvenanceSelection(selection.queryText(), picks,
                r.from() == Long.MIN_VALUE ? null : Instant.ofEpochMilli(r.from()).toString(),
                r.until() == Long.MAX_VALUE ? null : Instant.ofEpochMilli(r.until()).toString(), view, label, caseFile);
    }

    /** Whether a query matches labels or notes, so that re-running it needs the case they came from. */
    public static boolean usesEvidence(QueryNode query) {
        if (query instanceof QueryNode.FieldTerm term) {
            return term.field().isEvidence();
        }
        if (query instanceof QueryNode.Not not) {
            return usesEvidence(not.child());
        }
        List<QueryNode> children = query instanceof QueryNode.And and ? and.children()
                : query instanceof QueryNode.Or or ? or.children() : List.of();
        return children.stream().anyMatch(SelectionRecord::usesEvidence);
    }

    /** The selection recorded, without its label filter. */
    public static Selection toSelection(ProvenanceSelection record) throws ProvenanceException {
        Selection s;
        try {
            s = Selection.of(record.query());
        } catch (QuerySyntaxException e) {
            throw new ProvenanceException("the recorded query does not parse: " + e.getMessage());
        }
        for (Map.Entry<String, List<String>> pick : record.picks().entrySet()) {
            Facet facet = Facet.byKey(pick.getKey()).orElseThrow(() -> new ProvenanceException(
                    "the recorded selection picks in an unknown facet '" + pick.getKey() + "'"));
            s = s.withPicks(facet, Set.copyOf(new ArrayList<>(pick.getValue())));
        }
        try {
            long from = record.from() == null ? Long.MIN_VALUE : Instant.parse(record.from()).toEpochMilli();
            long until = record.until() == null ? Long.MAX_VALUE : Instant.parse(record.until()).toEpochMilli();
            return s.withRange(new TimeRange(from, until));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new ProvenanceException("the recorded time range is not two ISO times in order");
        }
    }
}
