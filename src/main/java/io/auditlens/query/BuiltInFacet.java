package io.auditlens.query;

import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;

import java.util.Optional;

/**
 * A facet over one of the store's columns. Values are those of the {@link EventField} of the same name: region
 * codes, full action names, category ids, geography labels, and other values as they appear in the events.
 */
public enum BuiltInFacet implements Facet {
    REGION(EventField.REGION),
    GEO(EventField.GEO),
    ACTION(EventField.ACTION),
    CATEGORY(EventField.CATEGORY),
    OUTCOME(EventField.OUTCOME),
    SEVERITY(EventField.SEVERITY),
    INITIATOR(EventField.INITIATOR),
    NAMESPACE(EventField.NAMESPACE),
    REPOSITORY(EventField.REPOSITORY),
    STATUS(EventField.STATUS),
    REASON(EventField.REASON),
    INITIATOR_ID(EventField.INITIATOR_ID),
    IP(EventField.IP),
    TARGET(EventField.TARGET),
    TARGET_ID(EventField.TARGET_ID),
    RESOURCE_GROUP(EventField.RESOURCE_GROUP),
    DIGEST(EventField.DIGEST),
    TAG(EventField.TAG),
    MESSAGE(EventField.MESSAGE);

    private final EventField field;

    BuiltInFacet(EventField field) {
        this.field = field;
    }

    @Override
    public String key() {
        return field.key();
    }

    @Override
    public String label() {
        return field.label();
    }

    /** The event field whose values this facet counts. */
    public EventField field() {
        return field;
    }

    /** The store column counted; derived facets (category, geography) fold its values. */
    public EventColumn column() {
        return field.column().orElseThrow();
    }

    /** The built-in facet with this key, ignoring case. */
    public static Optional<BuiltInFacet> byKey(String key) {
        for (BuiltInFacet f : values()) {
            if (f.key().equalsIgnoreCase(key.trim())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The facet's value for each code of its column (null for code 0). */
    String[] valuesByCode(EventStore store) {
        var dictionary = store.dictionary(column());
        String[] out = new String[dictionary.size()];
        for (int code = 1; code < out.length; code++) {
            out[code] = field.fromColumnValue(dictionary.value(code));
        }
        return out;
    }
}
