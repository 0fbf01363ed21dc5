package io.auditlens.engine;

import io.auditlens.findings.Condition;
import io.auditlens.findings.KeySpec;
import io.auditlens.findings.Rule;
import io.auditlens.findings.RuleQuery;
import io.auditlens.store.EventColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The statements that pick, out of an index, the events a rule could put in a finding: archive mode brings only
 * these into memory and runs the rule there, with the same code as a load. Each statement may take more events than
 * the rule needs, never fewer, so the findings equal those over every event:
 * <ul>
 *     <li>threshold: the matching events with at least N events of their key within T either side (every event of
 *     a burst has its whole window there);</li>
 *     <li>first-seen: per key and value, the first matching event (only a first can be new);</li>
 *     <li>sequence: every X event, and the Y and U events that share a key with an X event at most T earlier (a Y
 *     or U further from every X neither fires nor stops a finding);</li>
 *     <li>a match rule, and any rule keyed by a JSON path, a correlation id or a derived value: the events matching
 *     its queries.</li>
 * </ul>
 * Key values are compared as the in-memory engine compares them: per field, the first of its columns with a value,
 * tagged with the field and the column when a key has several, since the same text in two fields is two keys there.
 */
final class RuleCandidates {

    private static final String KEYS = "time_ms, source, seq";
    private static final String OUTER = "e";
    private static final String INNER = "x";

    private final SelectionSql sql;
    private final String table;

    RuleCandidates(SelectionSql sql, String table) {
        this.sql = sql;
        this.table = table;
    }

    /**
     * Rows (time_ms, source, seq) of the only events a threshold, first-seen or sequence rule can put in a finding
     * (some more than once); empty for match rules and for keys that are not plain columns.
     */
    Optional<String> narrowing(Rule rule) throws UnsupportedSelectionException {
        Condition c = rule.condition();
        if (c instanceof Condition.Threshold t && firstOf(t.groupBy()).isPresent()) {
            String key = firstOf(t.groupBy()).get();
            long window = t.window().toMillis();
            return Optional.of("SELECT " + KEYS + " FROM (\n  SELECT " + KEYS + ", count(*) OVER (PARTITION BY " + key
                    + " ORDER BY time_ms RANGE BETWEEN " + window + " PRECEDING AND " + window + " FOLLOWING) AS near"
                    + "\n  FROM " + table + "\n  WHERE " + matching(t.query()) + " AND " + key + " IS NOT NULL) AS w"
                    + "\nWHERE near >= " + t.count());
        }
        if (c instanceof Condition.FirstSeen f && firstOf(f.key()).isPresent() && firstOf(f.value()).isPresent()) {
            String key = firstOf(f.key()).get();
            String value = firstOf(f.value()).get();
            return Optional.of("SELECT " + KEYS + " FROM (\n  SELECT " + KEYS + ", row_number() OVER (PARTITION BY "
                    + key + ", " + value + " ORDER BY time_ms, source, seq) AS nth\n  FROM " + table + "\n  WHERE "
                    + matching(f.query()) + " AND " + key + " IS NOT NULL AND " + value + " IS NOT NULL) AS w"
                    + "\nWHERE nth = 1");
        }
        if (c instanceof Condition.Sequence s && fieldsOf(s.key(), OUTER).isPresent()) {
            return Optional.of(sequence(s));
        }
        return Optional.empty();
    }

    /**
     * Every X event, and each Y or U event that shares a key, in one of its fields, with an X event at most T earlier
     * (or at the same time). Measured at ten million events, these semi-joins took half the time of a window over the
     * X, Y and U rows keyed by every field.
     */
    private String sequence(Condition.Sequence s) throws UnsupportedSelectionException {
        String later = s.unless() == null ? matching(s.then()) : matching(s.then()) + " OR " + matching(s.unless());
        String xKey = firstOf(s.key(), INNER).orElseThrow();
        long window = s.window().toMillis();
        List<String> near = new ArrayList<>();
        for (String field : fieldsOf(s.key(), OUTER).orElseThrow()) {
            // The X query's columns are unqualified, so they name the inner table's.
            near.add("EXISTS (SELECT 1 FROM " + table + " AS " + INNER + " WHERE " + matching(s.first()) + " AND "
                    + xKey + " = " + field + " AND " + INNER + ".time_ms BETWEEN " + OUTER + ".time_ms - " + window
                    + " AND " + OUTER + ".time_ms)");
        }
        return "SELECT " + KEYS + "\nFROM " + table + " AS " + OUTER + "\nWHERE " + matching(s.first()) + " OR (("
                + later + ")\n  AND (" + String.join("\n    OR ", near) + "))";
    }

    /** The condition on a row that a rule without {@link #narrowing} may put it in a finding: its queries match. */
    String condition(Rule rule) throws UnsupportedSelectionException {
        Condition c = rule.condition();
        if (c instanceof Condition.Match m) {
            return matching(m.query());
        }
        if (c instanceof Condition.Threshold t) {
            return matching(t.query());
        }
        if (c instanceof Condition.FirstSeen f) {
            return matching(f.query());
        }
        Condition.Sequence s = (Condition.Sequence) c;
        String any = matching(s.first()) + " OR " + matching(s.then());
        return s.unless() == null ? any : any + " OR " + matching(s.unless());
    }

    /**
     * Rows (time_ms, source, seq) of every event meeting one of the conditions, in no order: the keys alone, since
     * carrying each event's JSON along costs gigabytes at ten million events.
     */
    String keys(List<String> conditions) {
        return "SELECT " + KEYS + "\nFROM " + table + "\nWHERE "
                + conditions.stream().map(c -> "(" + c + ")").collect(Collectors.joining("\n   OR "));
    }

    private String matching(RuleQuery query) throws UnsupportedSelectionException {
        return "(" + sql.query(query.node()) + ")";
    }

    /**
     * A key's value as the in-memory engine takes it: that of the first field, and within a field the first column,
     * that has one.
     */
    private Optional<String> firstOf(KeySpec spec) {
        return firstOf(spec, null);
    }

    private Optional<String> firstOf(KeySpec spec, String alias) {
        return fieldsOf(spec, alias).map(fields -> fields.size() == 1 ? fields.get(0)
                : "coalesce(" + String.join(", ", fields) + ")");
    }

    /**
     * Per field of the key, its value, read from the table of the alias (null: unqualified); empty when a field is
     * not a plain column of the index. A key of one column is that column; otherwise each value is tagged with its
     * field and column, since the same text in two fields is two keys in memory.
     */
    private Optional<List<String>> fieldsOf(KeySpec spec, String alias) {
        Optional<List<List<EventColumn>>> columns = spec.storeColumns();
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        boolean oneColumn = columns.get().size() == 1 && columns.get().get(0).size() == 1;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < columns.get().size(); i++) {
            List<String> values = new ArrayList<>();
            for (EventColumn column : columns.get().get(i)) {
                Optional<IndexColumn> indexed = IndexColumn.of(column);
                if (indexed.isEmpty()) {
                    return Optional.empty();
                }
                String name = (alias == null ? "" : alias + ".") + indexed.get().sql();
                values.add(oneColumn ? name : sql.dialect().literal(i + ":" + indexed.get().sql() + ":") + " || " + name);
            }
            out.add(values.size() == 1 ? values.get(0) : "coalesce(" + String.join(", ", values) + ")");
        }
        return Optional.of(out);
    }
}
