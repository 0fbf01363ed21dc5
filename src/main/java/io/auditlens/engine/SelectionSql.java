package io.auditlens.engine;

import io.auditlens.event.ActionCatalog;
import io.auditlens.event.Category;
import io.auditlens.event.Geography;
import io.auditlens.event.Region;
import io.auditlens.event.Regions;
import io.auditlens.query.Facet;
import io.auditlens.query.MatchKind;
import io.auditlens.query.QueryNode;
import io.auditlens.query.Selection;
import io.auditlens.query.TimeRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Compiles a {@link Selection} into a SQL condition over an index ({@link IndexColumn}). Each rule the in-memory
 * engine applies per distinct value (short action names, category and geography names, cities, the three spellings
 * of a repository, digests without their prefix) becomes a comparison or an {@code IN} list written here, so both
 * engines select the same events. Conditions never yield NULL, so negation means "does not match".
 */
public final class SelectionSql {

    private static final String SHA256 = "sha256:";
    private static final List<IndexColumn> TEXT_COLUMNS = List.of(IndexColumn.MESSAGE, IndexColumn.ACTION,
            IndexColumn.TARGET_NAME, IndexColumn.INITIATOR_NAME);

    private final SqlDialect dialect;

    public SelectionSql(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /** The dialect written. */
    public SqlDialect dialect() {
        return dialect;
    }

    /** The condition of a whole selection: query, time range and every facet's picks. */
    public String where(Selection selection) throws UnsupportedSelectionException {
        return whereExcept(selection, null);
    }

    /**
     * The condition of a selection leaving out one facet's picks (null: none left out): what that facet's counts are
     * taken over, so a pick can be widened without clearing it.
     */
    public String whereExcept(Selection selection, Facet leftOut) throws UnsupportedSelectionException {
        List<String> parts = new ArrayList<>();
        String query = query(selection.query());
        if (!query.equals("TRUE")) {
            parts.add("(" + query + ")");
        }
        parts.addAll(range(selection.range()));
        for (Map.Entry<Facet, Set<String>> pick : selection.picks().entrySet()) {
            if (pick.getKey() != leftOut) {
                parts.add(in(IndexColumn.of(pick.getKey()).sql(), new TreeSet<>(pick.getValue())));
            }
        }
        return parts.isEmpty() ? "TRUE" : String.join("\n  AND ", parts);
    }

    /** The condition of a query tree alone. */
    public String query(QueryNode node) throws UnsupportedSelectionException {
        if (node instanceof QueryNode.MatchAll) {
            return "TRUE";
        }
        if (node instanceof QueryNode.FieldTerm term) {
            if (term.field().isEvidence()) {
                throw new UnsupportedSelectionException("'" + term.toQueryText() + "' reads the labels and notes of a "
                        + "case file, which an index does not hold; archive mode cannot run label:, note: or has:");
            }
            return field(term);
        }
        if (node instanceof QueryNode.TextTerm text) {
            return text(text.text());
        }
        if (node instanceof QueryNode.TimeBound bound) {
            return IndexColumn.TIME_MS.sql() + (bound.after() ? " >= " : " < ") + bound.epochMillis();
        }
        if (node instanceof QueryNode.JsonPathTerm path) {
            return jsonPath(path);
        }
        if (node instanceof QueryNode.Not not) {
            return "NOT (" + query(not.child()) + ")";
        }
        if (node instanceof QueryNode.And and) {
            return joined(and.children(), " AND ");
        }
        if (node instanceof QueryNode.Or or) {
            return joined(or.children(), " OR ");
        }
        throw new UnsupportedSelectionException("this query term has no SQL form: " + node.toQueryText());
    }

    private String joined(List<QueryNode> children, String operator) throws UnsupportedSelectionException {
        List<String> parts = new ArrayList<>();
        for (QueryNode child : children) {
            parts.add("(" + query(child) + ")");
        }
        return String.join(operator, parts);
    }

    private List<String> range(TimeRange range) {
        List<String> parts = new ArrayList<>();
        if (range.from() != Long.MIN_VALUE) {
            parts.add(IndexColumn.TIME_MS.sql() + " >= " + range.from());
        }
        if (range.until() != Long.MAX_VALUE) {
            parts.add(IndexColumn.TIME_MS.sql() + " < " + range.until());
        }
        return parts;
    }

    private String field(QueryNode.FieldTerm term) {
        Comparison cmp = new Comparison(term.value().toLowerCase(Locale.ROOT), term.kind());
        return switch (term.field()) {
            case ACTION -> any(cmp.on(IndexColumn.ACTION),
                    cmp.present(IndexColumn.ACTION, ActionCatalog.SERVICE_PREFIX + cmp.value));
            case CATEGORY -> in(IndexColumn.CATEGORY.sql(), matching(List.of(Category.values()),
                    c -> cmp.test(c.id()) || cmp.testPresent(lower(c.label())), Category::id));
            case REGION -> any(cmp.on(IndexColumn.REGION), in(IndexColumn.REGION.sql(), matching(Regions.all(),
                    r -> !r.city().isEmpty() && cmp.testPresent(lower(r.city())), Region::code)));
            case GEO -> in(IndexColumn.GEO.sql(), matching(List.of(Geography.values()), g -> cmp.kind == MatchKind.EXACT
                    ? g == Geography.byName(term.value()) : cmp.testPresent(lower(g.label())), Geography::label));
            case OUTCOME -> cmp.on(IndexColumn.OUTCOME);
            case SEVERITY -> cmp.on(IndexColumn.SEVERITY);
            case REASON -> cmp.on(IndexColumn.REASON);
            case INITIATOR -> nameOrId(cmp, IndexColumn.INITIATOR_NAME, IndexColumn.INITIATOR_ID);
            case IP -> cmp.on(IndexColumn.IP);
            case TARGET -> nameOrId(cmp, IndexColumn.TARGET_NAME, IndexColumn.TARGET_ID);
            case REPO -> any(cmp.on(IndexColumn.REPOSITORY), cmp.present(IndexColumn.REPO_PATH, cmp.value),
                    cmp.present(IndexColumn.REPO_NAME, cmp.value));
            case NAMESPACE -> cmp.on(IndexColumn.NAMESPACE);
            case TAG -> cmp.on(IndexColumn.TAG);
            // A digest is often pasted without its algorithm prefix.
            case DIGEST -> cmp.value.startsWith(SHA256) ? cmp.on(IndexColumn.DIGEST)
                    : any(cmp.on(IndexColumn.DIGEST), cmp.present(IndexColumn.DIGEST, SHA256 + cmp.value));
            case RG -> cmp.on(IndexColumn.RESOURCE_GROUP);
            case STATUS -> cmp.on(IndexColumn.STATUS);
            case CORRELATION -> cmp.on(IndexColumn.CORRELATION);
            case MESSAGE -> cmp.on(IndexColumn.MESSAGE);
            case LABEL, NOTE, HAS -> throw new IllegalStateException("evidence terms are refused before this");
        };
    }

    // "No initiator" means neither a name nor an id; any other term matches either.
    private String nameOrId(Comparison cmp, IndexColumn name, IndexColumn id) {
        String a = cmp.on(name);
        String b = cmp.on(id);
        return cmp.kind == MatchKind.EMPTY ? "(" + a + ") AND (" + b + ")" : any(a, b);
    }

    private String text(String text) {
        if (text.isEmpty()) {
            return "TRUE";
        }
        String needle = lower(text);
        List<String> parts = new ArrayList<>();
        for (IndexColumn c : TEXT_COLUMNS) {
            parts.add(c.sql() + " IS NOT NULL AND " + dialect.contains("lower(" + c.sql() + ")", needle));
        }
        return any(parts.toArray(String[]::new));
    }

    /*
     * requestData and responseData are sometimes a string holding JSON; reading the path's tail out of the first
     * key's text covers both shapes, as the in-memory matcher does.
     */
    private String jsonPath(QueryNode.JsonPathTerm term) {
        String json = IndexColumn.EVENT_JSON.sql();
        List<String> path = term.path();
        String direct = dialect.jsonText(json, path);
        String throughText = dialect.jsonText(dialect.jsonText(json, path.subList(0, 1)), path.subList(1, path.size()));
        String value = "coalesce(" + direct + ", " + throughText + ")";
        return new Comparison(lower(term.value()), term.kind()).onExpression(value);
    }

    private static <T> Set<String> matching(List<T> values, Predicate<T> test, java.util.function.Function<T, String> key) {
        Set<String> out = new TreeSet<>();
        for (T v : values) {
            if (test.test(v)) {
                out.add(key.apply(v));
            }
        }
        return out;
    }

    private String in(String column, Set<String> values) {
        if (values.isEmpty()) {
            return "FALSE";
        }
        List<String> literals = values.stream().map(dialect::literal).toList();
        return column + " IN (" + String.join(", ", literals) + ")";
    }

    private static String any(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (!p.equals("FALSE")) {
                kept.add("(" + p + ")");
            }
        }
        return kept.isEmpty() ? "FALSE" : kept.size() == 1 ? kept.get(0) : String.join(" OR ", kept);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** A term's value in lower case and how it is compared, as SQL and, for catalog values, in Java. */
    private final class Comparison {
        private final String value;
        private final MatchKind kind;

        Comparison(String lowerValue, MatchKind kind) {
            this.value = lowerValue;
            this.kind = kind;
        }

        /** The term on a column. */
        String on(IndexColumn column) {
            return onExpression(column.sql());
        }

        String onExpression(String expression) {
            return switch (kind) {
                case EMPTY -> expression + " IS NULL OR " + expression + " = ''";
                case EXACT -> expression + " IS NOT NULL AND lower(" + expression + ") = " + dialect.literal(value);
                case PREFIX -> prefix(expression, value);
            };
        }

        /** The same comparison with another value, only for a present value: FALSE for an EMPTY term. */
        String present(IndexColumn column, String otherValue) {
            return switch (kind) {
                case EMPTY -> "FALSE";
                case EXACT -> column.sql() + " IS NOT NULL AND lower(" + column.sql() + ") = " + dialect.literal(otherValue);
                case PREFIX -> prefix(column.sql(), otherValue);
            };
        }

        private String prefix(String expression, String start) {
            String present = expression + " IS NOT NULL AND " + expression + " <> ''";
            if (start.isEmpty()) {
                return present;
            }
            return present + " AND substr(lower(" + expression + "), 1, " + start.length() + ") = "
                    + dialect.literal(start);
        }

        boolean test(String lowerCandidate) {
            return switch (kind) {
                case EMPTY -> lowerCandidate == null || lowerCandidate.isEmpty();
                case EXACT -> value.equals(lowerCandidate);
                case PREFIX -> lowerCandidate != null && !lowerCandidate.isEmpty() && lowerCandidate.startsWith(value);
            };
        }

        boolean testPresent(String lowerCandidate) {
            return kind != MatchKind.EMPTY && test(lowerCandidate);
        }
    }
}
