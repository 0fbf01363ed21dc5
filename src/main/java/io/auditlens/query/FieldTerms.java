package io.auditlens.query;

import io.auditlens.event.EventTime;
import java.util.ArrayList;
import java.util.List;

/** Turns {@code name:value} into a field term, JSON-path term or time bound, or a syntax error. */
final class FieldTerms {

    private FieldTerms() {
    }

    static QueryNode of(String name, int nameColumn, RawValue value) throws QuerySyntaxException {
        if (name.indexOf('.') >= 0) {
            return new QueryNode.JsonPathTerm(pathSegments(name, nameColumn), value.text(), value.kind());
        }
        var bound = TimeBoundField.byName(name);
        if (bound.isPresent()) {
            return new QueryNode.TimeBound(bound.get().isAfter(), epochMillis(bound.get(), value));
        }
        var field = QueryField.byName(name);
        if (field.isPresent() && field.get() == QueryField.HAS && !hasValue(value)) {
            throw new QuerySyntaxException(value.column(), "note or label after 'has:'",
                    "found '" + QueryText.excerpt(value.typed()) + "'");
        }
        if (field.isPresent()) {
            return new QueryNode.FieldTerm(field.get(), value.text(), value.kind());
        }
        throw new QuerySyntaxException(nameColumn,
                "a field name (" + knownNames() + ") or a dotted JSON path such as target.typeURI", unknownFieldHint(name));
    }

    private static boolean hasValue(RawValue value) {
        return !value.prefix() && (value.text().equalsIgnoreCase("note") || value.text().equalsIgnoreCase("label"));
    }

    // A pasted digest is the most likely reason for an unknown field, so it gets a pointed hint.
    private static String unknownFieldHint(String name) {
        if (name.equalsIgnoreCase("sha256")) {
            return "search a digest with digest:sha256:...";
        }
        return "'" + QueryText.excerpt(name) + "' is not a field; to search for text containing ':', put it in quotes";
    }

    /** Every accepted field name, aliases included, for error messages and help. */
    static String knownNames() {
        StringBuilder out = new StringBuilder();
        for (QueryField f : QueryField.values()) {
            out.append(f.queryName()).append(", ");
            for (String alias : f.aliases()) {
                out.append(alias).append(", ");
            }
        }
        for (TimeBoundField f : TimeBoundField.values()) {
            out.append(f.queryName()).append(", ");
        }
        out.setLength(out.length() - 2);
        return out.toString();
    }

    private static List<String> pathSegments(String name, int nameColumn) throws QuerySyntaxException {
        List<String> segments = new ArrayList<>();
        int start = 0;
        while (true) {
            int dot = name.indexOf('.', start);
            int end = dot < 0 ? name.length() : dot;
            if (end == start) {
                throw new QuerySyntaxException(nameColumn + start,
                        "a key name between the dots of JSON path '" + QueryText.excerpt(name) + "'");
            }
            segments.add(name.substring(start, end));
            if (dot < 0) {
                return segments;
            }
            start = dot + 1;
        }
    }

    private static long epochMillis(TimeBoundField bound, RawValue value) throws QuerySyntaxException {
        long millis = value.prefix() ? EventTime.INVALID : QueryTime.parse(value.text());
        if (millis == EventTime.INVALID) {
            throw new QuerySyntaxException(value.column(),
                    "an ISO date such as 2026-03-04 or a date-time such as 2026-03-04T12:00:00Z after '"
                            + bound.queryName() + ":'",
                    "found '" + QueryText.excerpt(value.typed()) + "'");
        }
        return millis;
    }
}
