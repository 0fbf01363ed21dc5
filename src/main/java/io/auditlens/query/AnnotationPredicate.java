package io.auditlens.query;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Matches {@code label:}, {@code note:} and {@code has:} terms on a case's annotations: a label by name ignoring
 * case ({@code label:*} any, {@code label:""} none), a note by a part of its text ignoring case ({@code note:""}
 * none), {@code has:note} and {@code has:label}.
 */
final class AnnotationPredicate {

    private AnnotationPredicate() {
    }

    /** The rows of a store of {@code size} rows that the term matches. */
    static BitSet rows(QueryNode.FieldTerm term, RowAnnotations annotations, int size) {
        BitSet out = new BitSet(size);
        String value = term.value().toLowerCase(Locale.ROOT);
        boolean empty = term.kind() == MatchKind.EMPTY;
        for (int row : annotations.annotatedRows()) {
            if (row < size && matches(term, value, annotations, row)) {
                out.set(row);
            }
        }
        if (empty) {
            // "no label" / "no note" are the rows the positive term does not match, annotated or not.
            BitSet positive = out;
            out = new BitSet(size);
            out.set(0, size);
            out.andNot(positive);
        }
        return out;
    }

    private static boolean matches(QueryNode.FieldTerm term, String value, RowAnnotations annotations, int row) {
        return switch (term.field()) {
            case LABEL -> labelMatches(term.kind(), value, annotations.labels(row));
            case NOTE -> annotations.note(row) != null && (term.kind() == MatchKind.EMPTY
                    || annotations.note(row).toLowerCase(Locale.ROOT).contains(value));
            case HAS -> value.equals("note") ? annotations.note(row) != null : !annotations.labels(row).isEmpty();
            default -> throw new IllegalArgumentException("not an evidence field: " + term.field());
        };
    }

    private static boolean labelMatches(MatchKind kind, String value, List<String> labels) {
        for (String label : labels) {
            String l = label.toLowerCase(Locale.ROOT);
            boolean hit = switch (kind) {
                case EMPTY -> true;
                case PREFIX -> l.startsWith(value);
                case EXACT -> l.equals(value);
            };
            if (hit) {
                return true;
            }
        }
        return false;
    }
}
