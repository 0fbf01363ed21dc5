package io.auditlens.evidence;

import io.auditlens.query.MatchKind;
import io.auditlens.query.QueryField;
import io.auditlens.query.QueryNode;
import io.auditlens.query.Selection;

import java.util.List;
import java.util.Optional;

/** Narrows a selection to the events carrying a label ({@code *}: any label), as export's "labelled only" does. */
public final class LabelFilter {

    private LabelFilter() {
    }

    /** What is wrong with this label filter; empty when it can be used. */
    public static Optional<String> problem(String label) {
        return label.strip().equals("*") ? Optional.empty() : LabelNames.problem(label);
    }

    /** The selection AND the label; the label is checked with {@link #problem} first. */
    public static Selection apply(Selection selection, String label) {
        QueryNode term = label.strip().equals("*")
                ? new QueryNode.FieldTerm(QueryField.LABEL, "", MatchKind.PREFIX)
                : new QueryNode.FieldTerm(QueryField.LABEL, label.strip(), MatchKind.EXACT);
        QueryNode query = selection.query() instanceof QueryNode.MatchAll ? term
                : new QueryNode.And(List.of(selection.query(), term));
        return new Selection(query.toQueryText(), query, selection.picks(), selection.range());
    }
}
