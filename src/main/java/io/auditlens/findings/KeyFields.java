package io.auditlens.findings;

import io.auditlens.event.ActionCatalog;
import io.auditlens.event.Regions;
import io.auditlens.query.EventTextUnavailableException;
import io.auditlens.query.QueryField;
import io.auditlens.store.Dictionary;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The values of a {@link KeySpec}'s fields as int codes per row (0 = no value), read from the store's columns and
 * dictionaries; only JSON paths and correlation ids are read per row, and only for the rows a rule looks at.
 * Codes of different fields are kept apart by giving each field its own range of composite codes.
 */
final class KeyFields {

    /** One field's codes: per row, and the text of a code. */
    private interface FieldCodes {
        int code(int row);

        int size();

        String value(int code);
    }

    private final FieldCodes[] fields;
    private final int[] offsets;

    private KeyFields(FieldCodes[] fields) {
        this.fields = fields;
        this.offsets = new int[fields.length + 1];
        for (int i = 0; i < fields.length; i++) {
            offsets[i + 1] = offsets[i] + fields[i].size();
        }
    }

    /** Whether a name is a key field (a query field, {@code initiatorId}, {@code targetId} or a dotted JSON path). */
    static Optional<String> problem(String name) {
        String n = name == null ? "" : name.trim();
        if (n.isEmpty()) {
            return Optional.of("a key field needs a name");
        }
        if (n.contains(".") || column(n) != null || derived(n) != null || n.equalsIgnoreCase("correlation")
                || QueryField.byName(n).filter(f -> f == QueryField.CORRELATION).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("\"" + n + "\" is not a field (use a query field such as digest, initiator, ip, namespace,"
                + " or a JSON path such as requestData.RequestParameters.repository)");
    }

    /** The codes of a key's fields, reading raw events (for JSON paths) only on the given rows. */
    static KeyFields of(KeySpec spec, EventStore store, RawEvents raw, BitSet rows) {
        FieldCodes[] out = new FieldCodes[spec.fields().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = field(spec.fields().get(i).trim(), store, raw, rows);
        }
        return new KeyFields(out);
    }

    /** Number of fields. */
    int count() {
        return fields.length;
    }

    /** The code of field {@code i} for a row, 0 when the row has no value there; unique across fields. */
    int code(int i, int row) {
        int c = fields[i].code(row);
        return c == 0 ? 0 : offsets[i] + c;
    }

    /** The code of the first field the row has a value for; 0 when it has none. */
    int first(int row) {
        for (int i = 0; i < fields.length; i++) {
            int c = fields[i].code(row);
            if (c != 0) {
                return offsets[i] + c;
            }
        }
        return 0;
    }

    /** One more than the largest code. */
    int size() {
        return offsets[fields.length];
    }

    /** The text of a code. */
    String value(int code) {
        int i = fields.length - 1;
        while (offsets[i] > code) {
            i--;
        }
        return fields[i].value(code - offsets[i]);
    }

    private static FieldCodes field(String name, EventStore store, RawEvents raw, BitSet rows) {
        List<EventColumn> columns = column(name);
        if (columns != null) {
            return chain(store, columns);
        }
        UnaryOperator<String> derive = derived(name);
        if (derive != null) {
            return derivedCodes(store, name.toLowerCase(Locale.ROOT).equals("geo") ? EventColumn.REGION
                    : EventColumn.ACTION, derive);
        }
        if (name.contains(".")) {
            return textCodes(rows, new JsonPathValue(raw, name)::read);
        }
        return textCodes(rows, store::correlationId);
    }

    /** The store columns a field name reads, in order of preference; null for other names. */
    static List<EventColumn> column(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("initiatorid")) {
            return List.of(EventColumn.INITIATOR_ID);
        }
        if (n.equals("targetid")) {
            return List.of(EventColumn.TARGET_ID);
        }
        QueryField f = QueryField.byName(n).orElse(null);
        if (f == null) {
            return null;
        }
        return switch (f) {
            case ACTION -> List.of(EventColumn.ACTION);
            case REGION -> List.of(EventColumn.REGION);
            case OUTCOME -> List.of(EventColumn.OUTCOME);
            case SEVERITY -> List.of(EventColumn.SEVERITY);
            case REASON -> List.of(EventColumn.REASON);
            // Who made the request: the name, or the id when the event names nobody.
            case INITIATOR -> List.of(EventColumn.INITIATOR_NAME, EventColumn.INITIATOR_ID);
            case IP -> List.of(EventColumn.IP);
            case TARGET -> List.of(EventColumn.TARGET_NAME, EventColumn.TARGET_ID);
            case REPO -> List.of(EventColumn.REPOSITORY);
            case NAMESPACE -> List.of(EventColumn.NAMESPACE);
            case TAG -> List.of(EventColumn.TAG);
            case DIGEST -> List.of(EventColumn.DIGEST);
            case RG -> List.of(EventColumn.RESOURCE_GROUP);
            case STATUS -> List.of(EventColumn.STATUS);
            case MESSAGE -> List.of(EventColumn.MESSAGE);
            default -> null;
        };
    }

    private static UnaryOperator<String> derived(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "category" -> action -> ActionCatalog.categoryOf(action).id();
            case "geo" -> region -> Regions.byCode(region).geography().label();
            default -> null;
        };
    }

    /** A field read from one column, or from the next when a row has no value in the first (e.g. name, else id). */
    private static FieldCodes chain(EventStore store, List<EventColumn> columns) {
        if (columns.size() == 1) {
            int[] codes = store.codes(columns.get(0));
            Dictionary dictionary = store.dictionary(columns.get(0));
            return new FieldCodes() {
                public int code(int row) {
                    return codes[row];
                }

                public int size() {
                    return dictionary.size();
                }

                public String value(int code) {
                    return dictionary.value(code);
                }
            };
        }
        return new KeyFields(columns.stream().map(c -> chain(store, List.of(c))).toArray(FieldCodes[]::new))
                .asField();
    }

    private FieldCodes asField() {
        return new FieldCodes() {
            public int code(int row) {
                return first(row);
            }

            public int size() {
                return KeyFields.this.size();
            }

            public String value(int code) {
                return KeyFields.this.value(code);
            }
        };
    }

    /** A value computed from a column's value (category from action), one code per distinct derived value. */
    private static FieldCodes derivedCodes(EventStore store, EventColumn column, UnaryOperator<String> derive) {
        Dictionary dictionary = store.dictionary(column);
        Dictionary values = new Dictionary();
        int[] map = new int[dictionary.size()];
        for (int code = 1; code < map.length; code++) {
            map[code] = values.encode(derive.apply(dictionary.value(code)));
        }
        int[] codes = store.codes(column);
        return new FieldCodes() {
            public int code(int row) {
                return map[codes[row]];
            }

            public int size() {
                return values.size();
            }

            public String value(int code) {
                return values.value(code);
            }
        };
    }

    /** Values that are not dictionary columns, read for the given rows and encoded into a dictionary of their own. */
    private static FieldCodes textCodes(BitSet rows, RowText text) {
        Dictionary values = new Dictionary();
        int[] codes = new int[Math.max(rows.length(), 1)];
        for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
            String v = text.of(row);
            codes[row] = v == null || v.isEmpty() ? 0 : values.encode(v);
        }
        return new FieldCodes() {
            public int code(int row) {
                return row < codes.length ? codes[row] : 0;
            }

            public int size() {
                return values.size();
            }

            public String value(int code) {
                return values.value(code);
            }
        };
    }

    /** The text of one row's value. */
    @FunctionalInterface
    interface RowText {
        String of(int row) throws EventTextUnavailableException;
    }
}
