package io.auditlens.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.auditlens.event.ActionCatalog;
import io.auditlens.event.Category;
import io.auditlens.event.Geography;
import io.auditlens.event.ImageRef;
import io.auditlens.event.Region;
import io.auditlens.event.Regions;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The reference the engine is checked against: every question answered by looking at each row on its own, with the
 * query language's rules written out plainly, no dictionaries, masks or caches.
 */
final class BruteForceSelection {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final EventStore store;
    private final RawEvents raw;
    private final Map<Integer, JsonNode> parsed = new HashMap<>();

    BruteForceSelection(EventStore store) {
        this.store = store;
        this.raw = new RawEvents(store);
    }

    /** Rows matching the query, range and all picks except those of {@code except} (null: all picks). */
    List<Integer> rows(Selection s, Facet except) {
        List<Integer> out = new ArrayList<>();
        for (int row = 0; row < store.size(); row++) {
            if (matches(s.query(), row) && s.range().contains(store.time(row)) && picked(s, row, except)) {
                out.add(row);
            }
        }
        return out;
    }

    /** Counts per value of a facet as the engine should show them for the selection. */
    Map<String, Long> facet(Selection s, Facet facet) {
        Map<String, Long> counts = new TreeMap<>();
        Facet except = s.picks().containsKey(facet) ? facet : null;
        for (int row : rows(s, except)) {
            String v = facetValue(facet, row);
            if (v != null) {
                counts.merge(v, 1L, Long::sum);
            }
        }
        return counts;
    }

    /** The matching rows sorted as the table sorts them. */
    List<Integer> sorted(Selection s, EventField field, boolean descending) {
        List<Integer> rows = rows(s, null);
        Comparator<Integer> byValue = (a, b) -> compareValues(text(field, a), text(field, b));
        rows.sort(byValue.thenComparingLong(store::time).thenComparingInt(r -> r));
        if (descending) {
            java.util.Collections.reverse(rows);
        }
        return rows;
    }

    /** (bucket start, outcome or "") -> events, for the bucket sizes the property test uses. */
    Map<String, Long> histogram(Selection s, BucketSize size) {
        Map<String, Long> out = new TreeMap<>();
        for (int row : rows(s, null)) {
            String outcome = store.value(EventColumn.OUTCOME, row);
            out.merge(bucketStart(store.time(row), size) + "/" + (outcome == null ? "" : outcome), 1L, Long::sum);
        }
        return out;
    }

    private static long bucketStart(long time, BucketSize size) {
        java.time.ZonedDateTime t = java.time.Instant.ofEpochMilli(time).atZone(java.time.ZoneOffset.UTC);
        java.time.ZonedDateTime start = switch (size.unit()) {
            case MINUTES -> t.truncatedTo(java.time.temporal.ChronoUnit.HOURS)
                    .plusMinutes(t.getMinute() / size.amount() * size.amount());
            case HOURS -> t.truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                    .plusHours(t.getHour() / size.amount() * size.amount());
            case DAYS -> t.truncatedTo(java.time.temporal.ChronoUnit.DAYS);
            case WEEKS -> t.truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                    .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            case MONTHS -> t.truncatedTo(java.time.temporal.ChronoUnit.DAYS).withDayOfMonth(1);
            default -> throw new IllegalArgumentException(size.toString());
        };
        return start.toInstant().toEpochMilli();
    }

    String facetValue(Facet facet, int row) {
        String region = store.value(EventColumn.REGION, row);
        String action = store.value(EventColumn.ACTION, row);
        return switch ((BuiltInFacet) facet) {
            case GEO -> region == null ? null : Regions.byCode(region).geography().label();
            case CATEGORY -> action == null ? null : ActionCatalog.categoryOf(action).id();
            default -> store.value(((BuiltInFacet) facet).column(), row);
        };
    }

    private boolean picked(Selection s, int row, Facet except) {
        for (Map.Entry<Facet, Set<String>> e : s.picks().entrySet()) {
            String value = facetValue(e.getKey(), row);
            if (e.getKey() != except && (value == null || !e.getValue().contains(value))) {
                return false;
            }
        }
        return true;
    }

    private String text(EventField field, int row) {
        if (field == EventField.TIME) {
            return ""; // equal for all rows, so the time tie-break decides
        }
        if (field == EventField.CORRELATION) {
            return store.correlationId(row);
        }
        if (field == EventField.CATEGORY) {
            return facetValue(Facet.CATEGORY, row);
        }
        if (field == EventField.GEO) {
            return facetValue(Facet.GEO, row);
        }
        return store.value(field.column().orElseThrow(), row);
    }

    private static int compareValues(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        boolean na = a.matches("-?[0-9]{1,18}");
        boolean nb = b.matches("-?[0-9]{1,18}");
        if (na != nb) {
            return na ? -1 : 1;
        }
        if (na && Long.parseLong(a) != Long.parseLong(b)) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        int c = lower(a).compareTo(lower(b));
        return c != 0 ? c : a.compareTo(b);
    }

    boolean matches(QueryNode node, int row) {
        if (node instanceof QueryNode.MatchAll) {
            return true;
        }
        if (node instanceof QueryNode.Not not) {
            return !matches(not.child(), row);
        }
        if (node instanceof QueryNode.And and) {
            return and.children().stream().allMatch(c -> matches(c, row));
        }
        if (node instanceof QueryNode.Or or) {
            return or.children().stream().anyMatch(c -> matches(c, row));
        }
        if (node instanceof QueryNode.TimeBound b) {
            return b.after() ? store.time(row) >= b.epochMillis() : store.time(row) < b.epochMillis();
        }
        if (node instanceof QueryNode.TextTerm t) {
            String needle = lower(t.text());
            return needle.isEmpty() || List.of(EventColumn.MESSAGE, EventColumn.ACTION, EventColumn.TARGET_NAME,
                    EventColumn.INITIATOR_NAME).stream().map(c -> store.value(c, row))
                    .anyMatch(v -> v != null && lower(v).contains(needle));
        }
        if (node instanceof QueryNode.JsonPathTerm p) {
            return jsonPath(p, row);
        }
        return field((QueryNode.FieldTerm) node, row);
    }

    private boolean field(QueryNode.FieldTerm f, int row) {
        String term = lower(f.value());
        MatchKind kind = f.kind();
        List<String> primary = new ArrayList<>();
        List<String> alternates = new ArrayList<>();
        switch (f.field()) {
            case GEO -> {
                String region = store.value(EventColumn.REGION, row);
                if (region == null) {
                    return kind == MatchKind.EMPTY;
                }
                Geography g = Regions.byCode(region).geography();
                return kind == MatchKind.EXACT ? g == Geography.byName(f.value())
                        : kind == MatchKind.PREFIX && lower(g.label()).startsWith(term);
            }
            case CATEGORY -> {
                String action = store.value(EventColumn.ACTION, row);
                if (action == null) {
                    return kind == MatchKind.EMPTY;
                }
                Category c = ActionCatalog.categoryOf(action);
                primary.add(c.id());
                alternates.add(c.label());
            }
            case ACTION -> {
                String a = store.value(EventColumn.ACTION, row);
                primary.add(a);
                if (a != null && lower(a).startsWith("container-registry.")) {
                    alternates.add(a.substring("container-registry.".length()));
                }
            }
            case REGION -> {
                String r = store.value(EventColumn.REGION, row);
                primary.add(r);
                if (r != null) {
                    Region region = Regions.byCode(r);
                    alternates.add(region.city());
                }
            }
            case INITIATOR -> {
                primary.add(store.value(EventColumn.INITIATOR_NAME, row));
                primary.add(store.value(EventColumn.INITIATOR_ID, row));
            }
            case TARGET -> {
                primary.add(store.value(EventColumn.TARGET_NAME, row));
                primary.add(store.value(EventColumn.TARGET_ID, row));
            }
            case REPO -> {
                String repository = store.value(EventColumn.REPOSITORY, row);
                primary.add(repository);
                if (repository != null) {
                    String host = ImageRef.hostOf(repository);
                    String afterHost = host == null ? repository : repository.substring(host.length() + 1);
                    alternates.add(afterHost);
                    if (afterHost.contains("/")) {
                        alternates.add(afterHost.substring(afterHost.indexOf('/') + 1));
                    }
                }
            }
            case DIGEST -> {
                String d = store.value(EventColumn.DIGEST, row);
                primary.add(d);
                if (d != null && !term.startsWith("sha256:")) {
                    alternates.add(d.substring("sha256:".length()));
                }
            }
            case CORRELATION -> primary.add(store.correlationId(row));
            case OUTCOME -> primary.add(store.value(EventColumn.OUTCOME, row));
            case SEVERITY -> primary.add(store.value(EventColumn.SEVERITY, row));
            case REASON -> primary.add(store.value(EventColumn.REASON, row));
            case IP -> primary.add(store.value(EventColumn.IP, row));
            case NAMESPACE -> primary.add(store.value(EventColumn.NAMESPACE, row));
            case TAG -> primary.add(store.value(EventColumn.TAG, row));
            case RG -> primary.add(store.value(EventColumn.RESOURCE_GROUP, row));
            case STATUS -> primary.add(store.value(EventColumn.STATUS, row));
            case MESSAGE -> primary.add(store.value(EventColumn.MESSAGE, row));
            default -> throw new IllegalStateException(f.field().toString());
        }
        if (kind == MatchKind.EMPTY) {
            return primary.stream().allMatch(v -> v == null || v.isEmpty());
        }
        List<String> all = new ArrayList<>(primary);
        all.addAll(alternates);
        for (String v : all) {
            if (v != null && !v.isEmpty()
                    && (kind == MatchKind.EXACT ? lower(v).equals(term) : lower(v).startsWith(term))) {
                return true;
            }
        }
        return false;
    }

    private boolean jsonPath(QueryNode.JsonPathTerm p, int row) {
        List<JsonNode> found = new ArrayList<>();
        collect(event(row), p.path(), 0, found);
        String term = lower(p.value());
        boolean nonEmpty = false;
        for (JsonNode n : found) {
            if (n.isValueNode() && !n.isNull() && !n.asText().isEmpty()) {
                nonEmpty = true;
                String v = lower(n.asText());
                if (p.kind() == MatchKind.EXACT ? v.equals(term) : p.kind() == MatchKind.PREFIX && v.startsWith(term)) {
                    return true;
                }
            } else if (n.isObject() && n.size() > 0) {
                nonEmpty = true;
            }
        }
        return p.kind() == MatchKind.EMPTY && !nonEmpty;
    }

    private static void collect(JsonNode node, List<String> path, int depth, List<JsonNode> out) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(e -> collect(e, path, depth, out));
            return;
        }
        if (depth == path.size()) {
            out.add(node);
            return;
        }
        if (node.isObject()) {
            collect(node.get(path.get(depth)), path, depth + 1, out);
        } else if (node.isTextual() && (node.asText().strip().startsWith("{") || node.asText().strip().startsWith("["))) {
            try {
                collect(MAPPER.readTree(node.asText()), path, depth, out);
            } catch (Exception e) {
                // plain text after all
            }
        }
    }

    private JsonNode event(int row) {
        return parsed.computeIfAbsent(row, r -> {
            try {
                return MAPPER.readTree(raw.text(r));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
