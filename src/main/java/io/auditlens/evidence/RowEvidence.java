package io.auditlens.evidence;

import io.auditlens.query.RowAnnotations;
import io.auditlens.store.EventHash;
import io.auditlens.store.EventStore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A case's labels and notes placed on the rows of one store by content hash, with the events the case annotates
 * that are not in the loaded data (kept in the case and reported as such, never dropped).
 */
public final class RowEvidence implements RowAnnotations {

    private final Evidence evidence;
    private final int[] rows;
    private final EventEvidence[] byPosition;
    private final List<EventEvidence> notLoaded;

    private RowEvidence(Evidence evidence, int[] rows, EventEvidence[] byPosition, List<EventEvidence> notLoaded) {
        this.evidence = evidence;
        this.rows = rows;
        this.byPosition = byPosition;
        this.notLoaded = List.copyOf(notLoaded);
    }

    /** No labels and no notes, on no rows: what the window shows before a case is read. */
    public static RowEvidence none() {
        return unplaced(Evidence.none());
    }

    /** Evidence while no data is loaded: every event it annotates is not in the loaded data. */
    public static RowEvidence unplaced(Evidence evidence) {
        return new RowEvidence(evidence, new int[0], new EventEvidence[0], evidence.document().events());
    }

    static RowEvidence place(Evidence evidence, EventStore store) {
        if (evidence.size() == 0) {
            return new RowEvidence(evidence, new int[0], new EventEvidence[0], List.of());
        }
        int[] found = new int[evidence.size()];
        EventEvidence[] marks = new EventEvidence[evidence.size()];
        Set<EventHash> seen = new HashSet<>();
        int n = 0;
        for (int row = 0; row < store.size() && n < found.length; row++) {
            EventHash hash = store.hash(row);
            EventEvidence e = evidence.byHash().get(hash);
            if (e != null && seen.add(hash)) {
                found[n] = row;
                marks[n] = e;
                n++;
            }
        }
        List<EventEvidence> missing = new ArrayList<>();
        for (EventEvidence e : evidence.document().events()) {
            if (EventHash.parse(e.event()).filter(seen::contains).isEmpty()) {
                missing.add(e);
            }
        }
        return new RowEvidence(evidence, Arrays.copyOf(found, n), Arrays.copyOf(marks, n), missing);
    }

    /** The evidence placed. */
    public Evidence evidence() {
        return evidence;
    }

    @Override
    public int[] annotatedRows() {
        return rows.clone();
    }

    /** The rows carrying at least one label, in ascending order. */
    public int[] labelledRows() {
        return Arrays.stream(rows).filter(r -> !labels(r).isEmpty()).toArray();
    }

    @Override
    public List<String> labels(int row) {
        EventEvidence e = at(row);
        return e == null ? List.of() : e.labels().stream().map(LabelMark::label).toList();
    }

    @Override
    public String note(int row) {
        EventEvidence e = at(row);
        return e == null || e.note() == null ? null : e.note().text();
    }

    /** The full labels and note (with who and when) of a row, or null. */
    public EventEvidence at(int row) {
        int i = Arrays.binarySearch(rows, row);
        return i < 0 ? null : byPosition[i];
    }

    /** The events the case annotates that match nothing loaded, in case order. */
    public List<EventEvidence> notLoaded() {
        return notLoaded;
    }

    /**
     * The position in {@code order} (rows in table order) of the next labelled row after {@code from}, or before it
     * when not {@code forward}, wrapping round at the ends; -1 when no row of {@code order} carries a label.
     * {@code from} -1 starts before the first row (or after the last, going back).
     */
    public int nextLabelled(int[] order, int from, boolean forward) {
        int n = order.length;
        if (n == 0 || rows.length == 0) {
            return -1;
        }
        int start = from < 0 || from >= n ? (forward ? -1 : n) : from;
        for (int step = 1; step <= n; step++) {
            int position = Math.floorMod(forward ? start + step : start - step, n);
            if (!labels(order[position]).isEmpty()) {
                return position;
            }
        }
        return -1;
    }

    /** Label names in the order of {@link Evidence#labels()}, each with how many loaded rows carry it. */
    public List<LabelCount> counts() {
        List<LabelCount> out = new ArrayList<>();
        for (Label label : evidence.labels()) {
            long n = Arrays.stream(byPosition).filter(e -> e.hasLabel(label.name())).count();
            out.add(new LabelCount(label, n));
        }
        out.sort(Comparator.comparingLong(LabelCount::events).reversed()); // stable: ties keep label order
        return out;
    }

    /** A label with the number of loaded events carrying it. */
    public record LabelCount(Label label, long events) {
    }
}
