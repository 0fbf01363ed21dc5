package io.auditlens.engine;

import io.auditlens.query.BucketSize;
import io.auditlens.query.EventField;
import io.auditlens.query.Facet;
import io.auditlens.query.Selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The statements archive mode runs for a selection over one index table: the summary figures, disjunctive facet
 * counts, histogram bars, a sorted page of rows, the digest list and one digest's timeline. Every statement is
 * plain text in the chosen dialect, so {@code auditlens sql} can print exactly what an engine runs.
 */
public final class ArchiveQueries {

    /** The facets {@code summarize} counts, in its order. */
    public static final List<IndexColumn> SUMMARY_FACETS = List.of(IndexColumn.REGION, IndexColumn.ACTION,
            IndexColumn.CATEGORY, IndexColumn.OUTCOME, IndexColumn.SEVERITY, IndexColumn.STATUS);

    /** The columns of a row page and a timeline, enough to print any table column and the original event. */
    public static final List<IndexColumn> ROW_COLUMNS = List.copyOf(Arrays.asList(IndexColumn.values()));

    // Time, then load order: the in-memory engine's order of equal values.
    private static final List<String> TIME_THEN_LOAD_ORDER = List.of(IndexColumn.TIME_MS.sql(),
            IndexColumn.SOURCE.sql(), IndexColumn.SEQ.sql());

    private final SelectionSql sql;
    private final String table;

    /**
     * @param sql   the compiler of the dialect to write
     * @param table the index as a table expression: a table name, or for DuckDB a {@code read_parquet(...)} call
     */
    public ArchiveQueries(SelectionSql sql, String table) {
        this.sql = sql;
        this.table = table;
    }

    /** The dialect written. */
    public SqlDialect dialect() {
        return sql.dialect();
    }

    /** One row: events, distinct digests, first and last time of the selection. */
    public String totals(Selection selection) throws UnsupportedSelectionException {
        return "SELECT count(*) AS events, count(DISTINCT " + IndexColumn.DIGEST.sql() + ") AS digests, min("
                + IndexColumn.TIME_MS.sql() + ") AS first_time, max(" + IndexColumn.TIME_MS.sql() + ") AS last_time\n"
                + "FROM " + table + "\nWHERE " + sql.where(selection);
    }

    /** One row: events, first and last time of the selection; without {@link #totals}'s costly distinct digests. */
    public String bounds(Selection selection) throws UnsupportedSelectionException {
        return "SELECT count(*) AS events, min(" + IndexColumn.TIME_MS.sql() + ") AS first_time, max("
                + IndexColumn.TIME_MS.sql() + ") AS last_time\nFROM " + table + "\nWHERE " + sql.where(selection);
    }

    /**
     * Rows (one column per summary facet, then events) in one scan: grouping sets count each facet apart, and a row
     * holds the value of the one facet it counts, the others being NULL.
     */
    public String summaryFacets(Selection selection) throws UnsupportedSelectionException {
        return groupedCounts(SUMMARY_FACETS.stream().map(IndexColumn::sql).toList(), sql.where(selection));
    }

    /**
     * Statements for the given facets, each counted over the selection without its own picks, so a picked facet's
     * other values show what picking them too would add. Facets without picks share one scan; each picked facet
     * has its own. Each statement gives rows shaped as {@link #summaryFacets}, its columns named in {@code facets}.
     */
    public List<FacetStatement> facetCounts(Selection selection, List<Facet> facets) throws UnsupportedSelectionException {
        List<FacetStatement> out = new ArrayList<>();
        List<Facet> unpicked = new ArrayList<>();
        for (Facet f : facets) {
            if (selection.picks().containsKey(f)) {
                out.add(statement(List.of(f), sql.whereExcept(selection, f)));
            } else {
                unpicked.add(f);
            }
        }
        if (!unpicked.isEmpty()) {
            out.add(0, statement(unpicked, sql.where(selection)));
        }
        return out;
    }

    /**
     * One statement of {@link #facetCounts} and the facets of its columns, in order; {@code overAll} when it counts
     * every event of the index (no condition), so counts of the whole index already at hand answer it.
     */
    public record FacetStatement(List<Facet> facets, String sql, boolean overAll) {
    }

    private FacetStatement statement(List<Facet> facets, String where) throws UnsupportedSelectionException {
        List<String> columns = new ArrayList<>();
        for (Facet f : facets) {
            columns.add(IndexColumn.of(f).sql());
        }
        return new FacetStatement(facets, groupedCounts(columns, where), where.equals("TRUE"));
    }

    private String groupedCounts(List<String> columns, String where) {
        String sets = columns.stream().map(c -> "(" + c + ")").collect(Collectors.joining(", "));
        return "SELECT " + String.join(", ", columns) + ", count(*) AS events\nFROM " + table + "\nWHERE " + where
                + "\nGROUP BY GROUPING SETS (" + sets + ")";
    }

    /**
     * Rows (bucket_start, outcome, events, first_time, last_time): the events of each bar and outcome, and their
     * first and last time, so the same scan gives the selection's {@link #bounds} (the sum of events, the least
     * first and greatest last time) without a statement of its own. Month bars are counted per day here and folded
     * by the caller, because calendar months are spelled differently in every dialect.
     */
    public String histogram(Selection selection, BucketSize size) throws UnsupportedSelectionException {
        BucketSize counted = countedBucket(size);
        long origin = Math.floorMod(counted.floor(0), counted.millis()); // weeks start on Mondays
        String time = IndexColumn.TIME_MS.sql();
        String bucket = dialect().bucketStart(time, counted.millis(), origin);
        return "SELECT " + bucket + " AS bucket_start, " + IndexColumn.OUTCOME.sql() + " AS outcome, count(*) AS events, "
                + "min(" + time + ") AS first_time, max(" + time + ") AS last_time\n"
                + "FROM " + table + "\nWHERE " + sql.where(selection) + "\nGROUP BY 1, 2\nORDER BY 1, 2";
    }

    /** The fixed-width bucket a histogram query counts by: the size itself, or a day for months. */
    public static BucketSize countedBucket(BucketSize size) {
        return size.isFixed() ? size : BucketSize.DAY;
    }

    /** A page of the selection's rows sorted by a field (ties by time, then load order). */
    public String rows(Selection selection, EventField sortBy, boolean descending, long offset, int limit)
            throws UnsupportedSelectionException {
        return "SELECT " + columnList(ROW_COLUMNS) + "\nFROM " + table + "\nWHERE " + sql.where(selection)
                + "\nORDER BY " + orderBy(sortBy, descending) + page(offset, limit);
    }

    /**
     * The keys (time, source, seq) of a page of {@link #rows}: sorting only these is cheap, where sorting whole rows
     * makes the engine carry every matching event's JSON through the sort (minutes at ten million events).
     */
    public String pageKeys(Selection selection, EventField sortBy, boolean descending, long offset, int limit)
            throws UnsupportedSelectionException {
        return "SELECT " + columnList(List.of(IndexColumn.TIME_MS, IndexColumn.SOURCE, IndexColumn.SEQ)) + "\nFROM "
                + table + "\nWHERE " + sql.where(selection) + "\nORDER BY " + orderBy(sortBy, descending)
                + page(offset, limit);
    }

    /**
     * The rows of the given keys, in no order, without the event's JSON ({@code NULL} in its column): that text is
     * most of what a row weighs, and a table shows it only for the selected row ({@link #eventJsonOf}). The keys'
     * days and time span come first in the condition, so the engine reads only those day folders, and within them
     * only the row groups of that span.
     */
    public String rowsWithKeys(List<PageKey> keys) {
        String columns = ROW_COLUMNS.stream().map(c -> c == IndexColumn.EVENT_JSON ? "NULL AS " + c.sql() : c.sql())
                .collect(Collectors.joining(", "));
        return "SELECT " + columns + "\nFROM " + table + "\nWHERE " + withKeys(keys);
    }

    /** Rows (time_ms, source, seq, event_json) of the given keys, in no order, found as {@link #rowsWithKeys} are. */
    public String eventJsonWithKeys(List<PageKey> keys) {
        return "SELECT " + columnList(List.of(IndexColumn.TIME_MS, IndexColumn.SOURCE, IndexColumn.SEQ,
                IndexColumn.EVENT_JSON)) + "\nFROM " + table + "\nWHERE " + withKeys(keys);
    }

    /** The condition that a row is one of the given (non-empty) keys, its days and time span first. */
    private String withKeys(List<PageKey> keys) {
        long from = keys.stream().mapToLong(PageKey::time).min().orElse(0);
        long until = keys.stream().mapToLong(PageKey::time).max().orElse(-1);
        String days = keys.stream().map(k -> dialect().literal(ArchiveIndexer.day(k.time()))).distinct()
                .collect(Collectors.joining(", "));
        Map<String, List<Long>> seqsBySource = new TreeMap<>();
        keys.forEach(k -> seqsBySource.computeIfAbsent(k.source(), x -> new ArrayList<>()).add(k.seq()));
        String rows = seqsBySource.entrySet().stream()
                .map(e -> "(" + IndexColumn.SOURCE.sql() + " = " + dialect().literal(e.getKey()) + " AND "
                        + IndexColumn.SEQ.sql() + " IN (" + e.getValue().stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + "))")
                .collect(Collectors.joining("\n  OR "));
        return IndexColumn.DAY + " IN (" + days + ")\n  AND " + IndexColumn.TIME_MS.sql() + " BETWEEN " + from
                + " AND " + until + "\n  AND (" + rows + ")";
    }

    /**
     * One row: the JSON text of the event with the given key, looked for by day and time first, as in
     * {@link #rowsWithKeys}.
     */
    public String eventJsonOf(PageKey key) {
        return "SELECT " + IndexColumn.EVENT_JSON.sql() + "\nFROM " + table + "\nWHERE " + IndexColumn.DAY + " = "
                + dialect().literal(ArchiveIndexer.day(key.time())) + "\n  AND " + IndexColumn.TIME_MS.sql() + " = "
                + key.time() + "\n  AND " + IndexColumn.SOURCE.sql() + " = " + dialect().literal(key.source())
                + "\n  AND " + IndexColumn.SEQ.sql() + " = " + key.seq();
    }

    private static String orderBy(EventField sortBy, boolean descending) {
        String direction = descending ? " DESC" : " ASC";
        List<String> order = new ArrayList<>();
        IndexColumn sort = IndexColumn.of(sortBy);
        if (sort != IndexColumn.TIME_MS) {
            // Events without the value sort last, as in the in-memory table (and first when descending, its reverse).
            order.add("CASE WHEN " + sort.sql() + " IS NULL THEN 1 ELSE 0 END" + direction);
            order.add("lower(" + sort.sql() + ")" + direction);
            order.add(sort.sql() + direction);
        }
        for (String tie : TIME_THEN_LOAD_ORDER) {
            order.add(tie + direction);
        }
        return String.join(", ", order);
    }

    /** The event JSON of a page of the selection in time order, then load order: what archive mode loads. */
    public String eventJson(Selection selection, long offset, int limit) throws UnsupportedSelectionException {
        return "SELECT " + IndexColumn.EVENT_JSON.sql() + "\nFROM " + table + "\nWHERE " + sql.where(selection)
                + "\nORDER BY " + timeThenLoadOrder() + page(offset, limit);
    }

    /**
     * Rows (digest, events, first_time, last_time, repository, last_status), one per digest of the selection, by
     * digest: the repository and the status are those of its latest event that names one, equal times in load order.
     */
    public String digests(Selection selection) throws UnsupportedSelectionException {
        String time = IndexColumn.TIME_MS.sql();
        return "SELECT " + IndexColumn.DIGEST.sql() + " AS digest, count(*) AS events, min(" + time
                + ") AS first_time, max(" + time + ") AS last_time, " + latest(IndexColumn.REPOSITORY)
                + " AS repository, " + latest(IndexColumn.STATUS) + " AS last_status\nFROM " + table + "\n"
                + withDigest(selection) + "\nGROUP BY " + IndexColumn.DIGEST.sql() + "\nORDER BY "
                + IndexColumn.DIGEST.sql();
    }

    /**
     * Rows (digest, tag, region): each tag and each region the selection's events of a digest carry, one a row, the
     * other column NULL (both NULL for events without one).
     */
    public String digestValues(Selection selection) throws UnsupportedSelectionException {
        String digest = IndexColumn.DIGEST.sql();
        String tag = IndexColumn.TAG.sql();
        String region = IndexColumn.REGION.sql();
        return "SELECT " + digest + ", " + tag + ", " + region + "\nFROM " + table + "\n" + withDigest(selection)
                + "\nGROUP BY GROUPING SETS ((" + digest + ", " + tag + "), (" + digest + ", " + region + "))";
    }

    /**
     * Rows (digest, slice, events): the selection's events per digest and time slice, slice {@code s} starting at
     * {@code sliceStarts[s - 1]} (slice 0 takes every earlier time).
     */
    public String digestActivity(Selection selection, long[] sliceStarts) throws UnsupportedSelectionException {
        String time = IndexColumn.TIME_MS.sql();
        StringBuilder slice = new StringBuilder();
        if (sliceStarts.length == 0) {
            slice.append('0');
        } else {
            slice.append("CASE");
            for (int s = 0; s < sliceStarts.length; s++) {
                slice.append(" WHEN ").append(time).append(" < ").append(sliceStarts[s]).append(" THEN ").append(s);
            }
            slice.append(" ELSE ").append(sliceStarts.length).append(" END");
        }
        return "SELECT " + IndexColumn.DIGEST.sql() + " AS digest, " + slice + " AS slice, count(*) AS events\nFROM "
                + table + "\n" + withDigest(selection) + "\nGROUP BY 1, 2";
    }

    /** Every event of one digest (compared in lower case), in time order, then load order. */
    public String timeline(String digest) {
        return "SELECT " + columnList(ROW_COLUMNS) + "\nFROM " + table + "\nWHERE " + sameDigest(digest) + "\nORDER BY "
                + timeThenLoadOrder();
    }

    /** The events of one digest that the selection holds, in time order, then load order. */
    public String timeline(String digest, Selection selection) throws UnsupportedSelectionException {
        return "SELECT " + columnList(ROW_COLUMNS) + "\nFROM " + table + "\nWHERE " + sameDigest(digest) + " AND ("
                + sql.where(selection) + ")\nORDER BY " + timeThenLoadOrder();
    }

    private String sameDigest(String digest) {
        return "lower(" + IndexColumn.DIGEST.sql() + ") = " + dialect().literal(digest.toLowerCase(Locale.ROOT));
    }

    private static String timeThenLoadOrder() {
        return String.join(", ", TIME_THEN_LOAD_ORDER);
    }

    private String withDigest(Selection selection) throws UnsupportedSelectionException {
        return "WHERE " + IndexColumn.DIGEST.sql() + " IS NOT NULL AND (" + sql.where(selection) + ")";
    }

    // The latest event is the one last in time, then in load order, as the in-memory digest list takes it.
    private String latest(IndexColumn column) {
        return dialect().latest(column.sql(), TIME_THEN_LOAD_ORDER);
    }

    // A negative limit means every row.
    private String page(long offset, int limit) {
        if (limit < 0) {
            return offset > 0 ? "\nOFFSET " + offset : "";
        }
        return switch (dialect()) {
            case TRINO -> (offset > 0 ? "\nOFFSET " + offset : "") + "\nLIMIT " + limit;
            case SPARK, DUCKDB -> "\nLIMIT " + limit + (offset > 0 ? " OFFSET " + offset : "");
        };
    }

    private static String columnList(List<IndexColumn> columns) {
        return columns.stream().map(IndexColumn::sql).collect(Collectors.joining(", "));
    }
}
