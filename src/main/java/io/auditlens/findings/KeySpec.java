package io.auditlens.findings;

import io.auditlens.store.EventColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The field (or fields) that key a condition: a query-language field name such as {@code digest} or
 * {@code initiator}, or a dotted JSON path. With several, an event is keyed by the first one it has a value for,
 * as in "the digest, or the repository when the event names no digest".
 */
public record KeySpec(List<String> fields) {

    public KeySpec {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a key needs at least one field");
        }
        fields = List.copyOf(fields);
    }

    /** A key of one field. */
    public static KeySpec of(String field) {
        return new KeySpec(List.of(field));
    }

    /**
     * Per field, the store columns it reads in order of preference (a row's value is that of the first column that
     * has one); empty when a field is not read from columns alone (a JSON path, a correlation id, a derived value).
     */
    public Optional<List<List<EventColumn>>> storeColumns() {
        List<List<EventColumn>> out = new ArrayList<>();
        for (String field : fields) {
            List<EventColumn> columns = KeyFields.column(field.trim());
            if (columns == null) {
                return Optional.empty();
            }
            out.add(columns);
        }
        return Optional.of(out);
    }

    /** The fields joined for display, e.g. {@code digest|repository}. */
    public String text() {
        return String.join("|", fields);
    }
}
