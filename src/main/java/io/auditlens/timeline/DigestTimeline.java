package io.auditlens.timeline;

import io.auditlens.event.ActionCatalog;
import io.auditlens.query.RowSet;
import io.auditlens.store.Dictionary;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.store.StableRowSort;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Everything that happened to one image digest, in time order: each event with its lane, the tags and repositories
 * it was seen under, its first successful push, last successful pull, last successful deletion, and the changes of
 * its vulnerability status. Pure data over store rows; immutable.
 */
public final class DigestTimeline {

    private static final String PUSH = ActionCatalog.SERVICE_PREFIX + "image.push";
    private static final String PULL = ActionCatalog.SERVICE_PREFIX + "image.pull";
    private static final String DELETE = ActionCatalog.SERVICE_PREFIX + "image.delete";
    private static final String BULK_DELETE = ActionCatalog.SERVICE_PREFIX + "image.bulkdelete";
    private static final String SUCCESS = "success";

    private final EventStore store;
    private final String digest;
    private final int[] rows;
    private final TimelineLane[] lanes;
    private final List<String> tags;
    private final List<String> repositories;
    private final TimelinePoint firstPush;
    private final TimelinePoint lastPull;
    private final TimelinePoint deletion;
    private final List<StatusChange> statusChanges;

    private DigestTimeline(EventStore store, String digest, int[] rows) {
        this.store = store;
        this.digest = digest;
        this.rows = rows;
        this.lanes = new TimelineLane[rows.length];
        TimelineLane[] laneByAction = lanesByCode(store.dictionary(EventColumn.ACTION));
        int[] action = store.codes(EventColumn.ACTION);
        for (int i = 0; i < rows.length; i++) {
            lanes[i] = laneByAction[action[rows[i]]];
        }
        this.tags = distinct(EventColumn.TAG);
        this.repositories = distinct(EventColumn.REPOSITORY);
        this.firstPush = first(PUSH, null);
        this.lastPull = last(PULL, null);
        this.deletion = last(DELETE, BULK_DELETE);
        this.statusChanges = findStatusChanges();
    }

    /**
     * The timeline of a digest ({@code sha256:} and 64 hex digits, any case) over the rows in {@code scope};
     * empty when no event in scope names it.
     */
    public static DigestTimeline of(EventStore store, String digest, RowSet scope) {
        String key = digest.toLowerCase(Locale.ROOT);
        int code = store.dictionary(EventColumn.DIGEST).find(key);
        if (code <= 0) {
            return new DigestTimeline(store, key, new int[0]);
        }
        int[] digests = store.codes(EventColumn.DIGEST);
        int n = 0;
        int[] found = new int[16];
        for (int row = 0; row < digests.length; row++) {
            if (digests[row] == code && scope.contains(row)) {
                if (n == found.length) {
                    found = java.util.Arrays.copyOf(found, n * 2);
                }
                found[n++] = row;
            }
        }
        return new DigestTimeline(store, key, StableRowSort.byTime(java.util.Arrays.copyOf(found, n), store.times()));
    }

    /** The digest, lower case. */
    public String digest() {
        return digest;
    }

    /** Number of events. */
    public int size() {
        return rows.length;
    }

    /** Whether no event in scope names the digest. */
    public boolean isEmpty() {
        return rows.length == 0;
    }

    /** The store row of the i-th event in time order. */
    public int row(int i) {
        return rows[i];
    }

    /** All rows in time order (a copy). */
    public int[] rows() {
        return rows.clone();
    }

    /** The time of the i-th event, epoch milliseconds UTC. */
    public long time(int i) {
        return store.time(rows[i]);
    }

    /** The lane of the i-th event. */
    public TimelineLane lane(int i) {
        return lanes[i];
    }

    /** Number of events in a lane. */
    public int count(TimelineLane lane) {
        int n = 0;
        for (TimelineLane l : lanes) {
            if (l == lane) {
                n++;
            }
        }
        return n;
    }

    /** First event time; only when not empty. */
    public long firstSeen() {
        return time(0);
    }

    /** Last event time; only when not empty. */
    public long lastSeen() {
        return time(rows.length - 1);
    }

    /** Tags the digest was seen under, in the order they first appear. */
    public List<String> tags() {
        return tags;
    }

    /** Repositories the digest was seen in, in the order they first appear. */
    public List<String> repositories() {
        return repositories;
    }

    /** The first successful push. */
    public Optional<TimelinePoint> firstPush() {
        return Optional.ofNullable(firstPush);
    }

    /** The last successful pull. */
    public Optional<TimelinePoint> lastPull() {
        return Optional.ofNullable(lastPull);
    }

    /** The last successful deletion (image.delete or image.bulkdelete). */
    public Optional<TimelinePoint> deletion() {
        return Optional.ofNullable(deletion);
    }

    /** Vulnerability status reads whose status differs from the read before; the first read is always one. */
    public List<StatusChange> statusChanges() {
        return statusChanges;
    }

    private static TimelineLane[] lanesByCode(Dictionary actions) {
        TimelineLane[] out = new TimelineLane[actions.size()];
        for (int code = 0; code < out.length; code++) {
            out[code] = TimelineLane.of(actions.value(code));
        }
        return out;
    }

    private List<String> distinct(EventColumn column) {
        Set<String> seen = new LinkedHashSet<>();
        for (int row : rows) {
            String v = store.value(column, row);
            if (v != null) {
                seen.add(v);
            }
        }
        return List.copyOf(seen);
    }

    private TimelinePoint first(String action, String orAction) {
        for (int row : rows) {
            if (isSuccessful(row, action, orAction)) {
                return new TimelinePoint(row, store.time(row));
            }
        }
        return null;
    }

    private TimelinePoint last(String action, String orAction) {
        for (int i = rows.length - 1; i >= 0; i--) {
            if (isSuccessful(rows[i], action, orAction)) {
                return new TimelinePoint(rows[i], store.time(rows[i]));
            }
        }
        return null;
    }

    private boolean isSuccessful(int row, String action, String orAction) {
        String a = store.value(EventColumn.ACTION, row);
        return a != null && (a.equalsIgnoreCase(action) || a.equalsIgnoreCase(orAction))
                && SUCCESS.equalsIgnoreCase(store.value(EventColumn.OUTCOME, row));
    }

    private List<StatusChange> findStatusChanges() {
        List<StatusChange> out = new ArrayList<>();
        String previous = null;
        for (int row : rows) {
            String status = store.value(EventColumn.STATUS, row);
            if (status != null && !status.equals(previous)) {
                out.add(new StatusChange(row, store.time(row), previous, status));
                previous = status;
            }
        }
        return List.copyOf(out);
    }
}
