package io.auditlens.engine;

import io.auditlens.event.ActionCatalog;
import io.auditlens.event.ImageRef;
import io.auditlens.event.Regions;
import io.auditlens.query.EventField;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;

import java.util.Optional;

/**
 * The columns of an AuditLens index: one per value the query language or a facet reads, each computed by the same
 * code the in-memory engine uses (region rule, digest, repository parsing), so SQL only compares values. Names are
 * plain lower-case identifiers, which every dialect accepts unquoted.
 */
public enum IndexColumn {
    TIME_MS("time_ms", "BIGINT", null),
    ACTION("action", "VARCHAR", EventColumn.ACTION),
    CATEGORY("category", "VARCHAR", null),
    REGION("region", "VARCHAR", EventColumn.REGION),
    GEO("geo", "VARCHAR", null),
    OUTCOME("outcome", "VARCHAR", EventColumn.OUTCOME),
    SEVERITY("severity", "VARCHAR", EventColumn.SEVERITY),
    REASON("reason", "VARCHAR", EventColumn.REASON),
    INITIATOR_NAME("initiator_name", "VARCHAR", EventColumn.INITIATOR_NAME),
    INITIATOR_ID("initiator_id", "VARCHAR", EventColumn.INITIATOR_ID),
    IP("ip", "VARCHAR", EventColumn.IP),
    TARGET_NAME("target_name", "VARCHAR", EventColumn.TARGET_NAME),
    TARGET_ID("target_id", "VARCHAR", EventColumn.TARGET_ID),
    RESOURCE_GROUP("resource_group", "VARCHAR", EventColumn.RESOURCE_GROUP),
    DIGEST("digest", "VARCHAR", EventColumn.DIGEST),
    REPOSITORY("repository", "VARCHAR", EventColumn.REPOSITORY),
    /** The repository without its registry host ({@code team/app}), which {@code repo:} also accepts. */
    REPO_PATH("repo_path", "VARCHAR", null),
    /** The repository's name inside its namespace ({@code app}). */
    REPO_NAME("repo_name", "VARCHAR", null),
    NAMESPACE("namespace", "VARCHAR", EventColumn.NAMESPACE),
    TAG("tag", "VARCHAR", EventColumn.TAG),
    STATUS("status", "VARCHAR", EventColumn.STATUS),
    MESSAGE("message", "VARCHAR", EventColumn.MESSAGE),
    CORRELATION("correlation", "VARCHAR", null),
    /** SHA-256 of the event's JSON text as stored, which finds copies of one event by exact text. */
    TEXT_SHA256("text_sha256", "VARCHAR", null),
    /** The event's original JSON text. */
    EVENT_JSON("event_json", "VARCHAR", null),
    /** The archive partition (folder) the event was read from, relative to the archive: load order, first key. */
    SOURCE("source", "VARCHAR", null),
    /** The event's place in load order within its source partition: the in-memory engine's tie-break. */
    SEQ("seq", "BIGINT", null);

    /** The partition column: the UTC day of the event, {@code YYYY-MM-DD}. */
    public static final String DAY = "day";

    private final String sql;
    private final String type;
    private final EventColumn storeColumn;

    IndexColumn(String sql, String type, EventColumn storeColumn) {
        this.sql = sql;
        this.type = type;
        this.storeColumn = storeColumn;
    }

    /** The column name in SQL. */
    public String sql() {
        return sql;
    }

    /** The column's SQL type (DuckDB spelling). */
    public String type() {
        return type;
    }

    /** The text value of a text column for one row of a store, null when the event has none. */
    String text(EventStore store, int row) {
        if (storeColumn != null) {
            return store.value(storeColumn, row);
        }
        return switch (this) {
            case CATEGORY -> ActionCatalog.categoryOf(store.value(EventColumn.ACTION, row)).id();
            case GEO -> geography(store.value(EventColumn.REGION, row));
            case REPO_PATH -> afterHost(store.value(EventColumn.REPOSITORY, row));
            case REPO_NAME -> nameInNamespace(afterHost(store.value(EventColumn.REPOSITORY, row)));
            case CORRELATION -> store.correlationId(row);
            default -> throw new IllegalStateException(sql + " is not read from the store as text");
        };
    }

    /** The column of a built-in facet; a path facet has none, as the index keeps no JSON paths yet. */
    public static IndexColumn of(io.auditlens.query.Facet facet) throws UnsupportedSelectionException {
        if (facet instanceof io.auditlens.query.BuiltInFacet builtIn) {
            return of(builtIn.field());
        }
        throw new UnsupportedSelectionException("the facet " + facet.key() + " is a JSON path; archive mode counts "
                + "and picks the built-in facets only");
    }

    /** The column holding an event field's values (a table column, sort key or facet). */
    public static IndexColumn of(EventField field) {
        return switch (field) {
            case TIME -> TIME_MS;
            case REGION -> REGION;
            case GEO -> GEO;
            case ACTION -> ACTION;
            case CATEGORY -> CATEGORY;
            case OUTCOME -> OUTCOME;
            case SEVERITY -> SEVERITY;
            case REASON -> REASON;
            case INITIATOR -> INITIATOR_NAME;
            case INITIATOR_ID -> INITIATOR_ID;
            case IP -> IP;
            case TARGET -> TARGET_NAME;
            case TARGET_ID -> TARGET_ID;
            case RESOURCE_GROUP -> RESOURCE_GROUP;
            case DIGEST -> DIGEST;
            case REPOSITORY -> REPOSITORY;
            case NAMESPACE -> NAMESPACE;
            case TAG -> TAG;
            case STATUS -> STATUS;
            case MESSAGE -> MESSAGE;
            case CORRELATION -> CORRELATION;
        };
    }

    /** The column for a store column, when the index has one. */
    static Optional<IndexColumn> of(EventColumn column) {
        for (IndexColumn c : values()) {
            if (c.storeColumn == column) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static String geography(String region) {
        return region == null ? null : Regions.byCode(region).geography().label();
    }

    private static String afterHost(String repository) {
        if (repository == null) {
            return null;
        }
        String host = ImageRef.hostOf(repository);
        return host == null ? repository : repository.substring(host.length() + 1);
    }

    private static String nameInNamespace(String afterHost) {
        if (afterHost == null) {
            return null;
        }
        int slash = afterHost.indexOf('/');
        return slash < 0 ? null : afterHost.substring(slash + 1);
    }
}
