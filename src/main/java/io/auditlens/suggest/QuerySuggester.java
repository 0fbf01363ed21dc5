package io.auditlens.suggest;

import io.auditlens.event.ActionCatalog;
import io.auditlens.event.ActionInfo;
import io.auditlens.event.Regions;
import io.auditlens.fields.FieldStats;
import io.auditlens.fields.ValueCounts;
import io.auditlens.query.Facet;
import io.auditlens.query.FacetCounts;
import io.auditlens.query.FilterTerms;
import io.auditlens.query.MatchKind;
import io.auditlens.query.PathFacet;
import io.auditlens.query.QueryField;
import io.auditlens.query.QueryNode;
import io.auditlens.query.QueryPrinter;
import io.auditlens.query.TimeBoundField;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the query bar offers while typing: field names with their one-line help (from {@link QueryField} and
 * {@link TimeBoundField}, as the help popover lists them), then after {@code field:} the field's values with how
 * many loaded events have each, and JSON paths seen in the events. Thread-safe; meant to run off the JavaFX thread,
 * each call costing string comparisons over the field's distinct values only.
 */
public final class QuerySuggester {

    /** The most suggestions one call returns. */
    public static final int LIMIT = 50;

    private final ValueCounts counts;
    private final Supplier<List<FieldStats>> paths;
    private final Map<Facet, RankedValues> ranked = new ConcurrentHashMap<>();
    private final Map<String, Boolean> spellable = new ConcurrentHashMap<>();

    /** A suggester whose values come from {@code counts} and whose JSON paths from {@code paths} (most common first). */
    public QuerySuggester(ValueCounts counts, Supplier<List<FieldStats>> paths) {
        this.counts = counts;
        this.paths = paths;
    }

    /**
     * The suggestions for the term at {@code caret} in {@code text}. With {@code explicit} (the user asked, as with
     * Ctrl+Space) an empty term lists every field; otherwise an empty term gets none.
     */
    public Suggestions suggest(String text, int caret, boolean explicit) {
        int at = Math.max(0, Math.min(caret, text.length()));
        TermAtCaret term = TermAtCaret.of(text, at);
        if (term.name().startsWith("\"")) {
            return Suggestions.NONE;
        }
        String sign = term.negated() ? "-" : "";
        List<Suggestion> found = term.inValue() ? values(term, sign) : names(term.name(), sign, explicit);
        // What is typed in full already is no suggestion, so a finished term closes the list.
        String typed = text.substring(term.from(), term.to());
        List<Suggestion> items = found.stream().filter(i -> !i.replacement().equalsIgnoreCase(typed)).toList();
        return items.isEmpty() ? Suggestions.NONE : new Suggestions(term.from(), term.to(), items);
    }

    /**
     * Computes ahead what the first suggestion of each field's values would compute (counting a column with
     * hundreds of thousands of values and lower-casing them takes a few hundred milliseconds at a million events),
     * so that every keystroke costs only comparisons; for a background thread after a load.
     */
    public void prepare() {
        for (QueryField f : QueryField.values()) {
            facetOf(f).ifPresent(this::ranked);
        }
    }

    private List<Suggestion> names(String typed, String sign, boolean explicit) {
        if (typed.isEmpty() && !explicit) {
            return List.of();
        }
        String needle = typed.toLowerCase(Locale.ROOT);
        List<Suggestion> out = new ArrayList<>();
        for (QueryField f : QueryField.values()) {
            boolean alias = f.aliases().stream().anyMatch(a -> a.startsWith(needle));
            if (f.queryName().startsWith(needle) || (alias && !needle.isEmpty())) {
                out.add(field(f.queryName(), f.description(), sign));
            }
        }
        for (TimeBoundField f : TimeBoundField.values()) {
            if (f.queryName().startsWith(needle)) {
                out.add(field(f.queryName(), f.description(), sign));
            }
        }
        if (!needle.isEmpty()) {
            addPaths(out, needle, sign);
        }
        return out.size() > LIMIT ? out.subList(0, LIMIT) : out;
    }

    private static Suggestion field(String name, String help, String sign) {
        return new Suggestion(Suggestion.Kind.FIELD, name, sign + name + ":", help, -1);
    }

    // Paths starting with what was typed first, then paths with a segment starting with it ("agent" finds
    // initiator.host.agent); only paths a query can spell, with two names or more.
    private void addPaths(List<Suggestion> out, String needle, String sign) {
        List<Suggestion> later = new ArrayList<>();
        for (FieldStats p : paths.get()) {
            if (out.size() >= LIMIT || p.name().indexOf('.') < 0
                    || !spellable.computeIfAbsent(p.name(), n -> FilterTerms.forPath(n, "x").isPresent())) {
                continue;
            }
            String lower = p.name().toLowerCase(Locale.ROOT);
            Suggestion s = new Suggestion(Suggestion.Kind.PATH, p.name(), sign + p.name() + ":",
                    "JSON path, in " + p.events() + (p.events() == 1 ? " event" : " events"), -1);
            if (lower.startsWith(needle)) {
                out.add(s);
            } else if (lower.contains("." + needle)) {
                later.add(s);
            }
        }
        later.stream().limit(Math.max(0, LIMIT - out.size())).forEach(out::add);
    }

    private List<Suggestion> values(TermAtCaret term, String sign) {
        String name = term.name();
        if (QueryField.byName(name).filter(f -> f == QueryField.HAS).isPresent()) {
            return List.of("note", "label").stream().filter(v -> v.startsWith(term.value().toLowerCase(Locale.ROOT)))
                    .map(v -> new Suggestion(Suggestion.Kind.VALUE, v, sign + "has:" + v, "", -1)).toList();
        }
        Optional<Facet> facet = name.indexOf('.') >= 0 ? PathFacet.parse(name).map(f -> f)
                : QueryField.byName(name).flatMap(QuerySuggester::facetOf);
        if (facet.isEmpty()) {
            return List.of();
        }
        RankedValues values = ranked(facet.get());
        if (values == null) {
            return List.of();
        }
        List<Suggestion> out = new ArrayList<>();
        for (FacetCounts.Entry e : values.matching(term.value(), LIMIT)) {
            String value = facet.get() == Facet.ACTION && RankedValues.shortForm(e.value()) != null
                    ? RankedValues.shortForm(e.value()) : e.value();
            out.add(new Suggestion(Suggestion.Kind.VALUE, value, sign + termText(facet.get(), name, value),
                    valueHelp(facet.get(), e.value()), e.count()));
        }
        return out;
    }

    private RankedValues ranked(Facet facet) {
        RankedValues known = ranked.get(facet);
        if (known != null) {
            return known;
        }
        // A path not read yet has no counts now but may later, so only answers are kept.
        return counts.of(facet).map(c -> ranked.computeIfAbsent(facet, f -> new RankedValues(c))).orElse(null);
    }

    private static String termText(Facet facet, String typedName, String value) {
        if (facet instanceof PathFacet p) {
            return QueryPrinter.print(new QueryNode.JsonPathTerm(p.path(), value, MatchKind.EXACT));
        }
        QueryField field = QueryField.byName(typedName).orElseThrow();
        return QueryPrinter.print(new QueryNode.FieldTerm(field, value, MatchKind.EXACT));
    }

    private static String valueHelp(Facet facet, String value) {
        if (facet == Facet.ACTION) {
            return ActionCatalog.find(value).map(ActionInfo::description).orElse("");
        }
        if (facet == Facet.REGION && Regions.isKnown(value)) {
            return Regions.byCode(value).displayName();
        }
        return "";
    }

    /** The facet whose values a query field matches; none for fields without a column of their own. */
    static Optional<Facet> facetOf(QueryField field) {
        Facet f = switch (field) {
            case ACTION -> Facet.ACTION;
            case CATEGORY -> Facet.CATEGORY;
            case REGION -> Facet.REGION;
            case GEO -> Facet.GEO;
            case OUTCOME -> Facet.OUTCOME;
            case SEVERITY -> Facet.SEVERITY;
            case REASON -> Facet.REASON;
            case INITIATOR -> Facet.INITIATOR;
            case IP -> Facet.IP;
            case TARGET -> Facet.TARGET;
            case REPO -> Facet.REPOSITORY;
            case NAMESPACE -> Facet.NAMESPACE;
            case TAG -> Facet.TAG;
            case DIGEST -> Facet.DIGEST;
            case RG -> Facet.RESOURCE_GROUP;
            case STATUS -> Facet.STATUS;
            case MESSAGE -> Facet.MESSAGE;
            case CORRELATION, LABEL, NOTE, HAS -> null;
        };
        return Optional.ofNullable(f);
    }
}
