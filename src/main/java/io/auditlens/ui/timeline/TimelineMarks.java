package io.auditlens.ui.timeline;

import io.auditlens.evidence.LabelColours;
import io.auditlens.query.RowAnnotations;
import io.auditlens.query.RowSet;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.timeline.DigestTimeline;
import io.auditlens.timeline.StatusChange;
import io.auditlens.timeline.TimelineLane;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One digest's timeline made ready for drawing, off the JavaFX thread: per event, in time order, its time, lane
 * and outcome in flat arrays (so a canvas bins 100,000 events without touching the store), where each tag first
 * appears, and the vulnerability status in force between reads. Immutable once built.
 *
 * @param store       the store the timeline's rows index, for tooltips
 * @param timeline    the engine's timeline: rows, lanes, first push, last pull, deletion
 * @param times       event times, ascending
 * @param lanes       each event's lane ordinal
 * @param outcomes    each event's outcome ordinal
 * @param laneCounts  events per lane ordinal
 * @param tags        each tag at its first appearance, in time order
 * @param bands       the status reported by each status change, until the next change or the last read
 * @param wholeDigest whether the timeline holds every event of the digest rather than the selection's
 * @param labelled    the indices of the events carrying a label, ascending
 * @param labelColours for each of those, the colour of its first label as {@code #rrggbb}
 */
record TimelineMarks(EventStore store, DigestTimeline timeline, long[] times, byte[] lanes, byte[] outcomes,
                     int[] laneCounts, List<TagMark> tags, List<StatusBand> bands, boolean wholeDigest,
                     int[] labelled, String[] labelColours) {

    /** How a mark is coloured; later constants are drawn over earlier ones, so failures stay visible. */
    enum Outcome {
        SUCCESS, OTHER, PENDING, FAILURE;

        static Outcome of(String outcome) {
            if (outcome == null) {
                return OTHER;
            }
            return switch (outcome.toLowerCase(Locale.ROOT)) {
                case "success" -> SUCCESS;
                case "failure" -> FAILURE;
                case "pending" -> PENDING;
                default -> OTHER;
            };
        }
    }

    /** A tag where the digest was first seen under it. */
    record TagMark(String tag, long time, int row) {
    }

    /** A vulnerability status in force from one read until {@code until}. */
    record StatusBand(String status, long from, long until) {
    }

    /** The timeline of a digest over the rows in scope, without labels. */
    static TimelineMarks of(EventStore store, String digest, RowSet scope, boolean wholeDigest) {
        return of(store, digest, scope, wholeDigest, RowAnnotations.NONE);
    }

    /** The timeline of a digest over the rows in scope, its labelled events those {@code annotations} label. */
    static TimelineMarks of(EventStore store, String digest, RowSet scope, boolean wholeDigest,
                            RowAnnotations annotations) {
        DigestTimeline timeline = DigestTimeline.of(store, digest, scope);
        int n = timeline.size();
        long[] times = new long[n];
        byte[] lanes = new byte[n];
        byte[] outcomes = new byte[n];
        int[] laneCounts = new int[TimelineLane.values().length];
        Outcome[] byCode = outcomesByCode(store);
        int[] outcomeCodes = store.codes(EventColumn.OUTCOME);
        int[] tagCodes = store.codes(EventColumn.TAG);
        int[] statusCodes = store.codes(EventColumn.STATUS);
        List<TagMark> tags = new ArrayList<>();
        Set<Integer> tagsSeen = new HashSet<>();
        long lastRead = Long.MIN_VALUE;
        List<Integer> labelled = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int row = timeline.row(i);
            List<String> labels = annotations.labels(row);
            if (!labels.isEmpty()) {
                labelled.add(i);
                colours.add(LabelColours.of(annotations, labels.get(0)));
            }
            times[i] = timeline.time(i);
            lanes[i] = (byte) timeline.lane(i).ordinal();
            laneCounts[lanes[i]]++;
            outcomes[i] = (byte) byCode[outcomeCodes[row]].ordinal();
            if (tagCodes[row] != 0 && tagsSeen.add(tagCodes[row])) {
                tags.add(new TagMark(store.value(EventColumn.TAG, row), times[i], row));
            }
            if (statusCodes[row] != 0) {
                lastRead = times[i];
            }
        }
        return new TimelineMarks(store, timeline, times, lanes, outcomes, laneCounts, List.copyOf(tags),
                bands(timeline.statusChanges(), lastRead), wholeDigest,
                labelled.stream().mapToInt(Integer::intValue).toArray(), colours.toArray(String[]::new));
    }

    /** Number of events. */
    int size() {
        return times.length;
    }

    /** The store row of the i-th event. */
    int row(int i) {
        return timeline.row(i);
    }

    private static Outcome[] outcomesByCode(EventStore store) {
        var dictionary = store.dictionary(EventColumn.OUTCOME);
        Outcome[] out = new Outcome[dictionary.size()];
        for (int code = 0; code < out.length; code++) {
            out[code] = Outcome.of(code == 0 ? null : dictionary.value(code));
        }
        return out;
    }

    private static List<StatusBand> bands(List<StatusChange> changes, long lastRead) {
        List<StatusBand> out = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            StatusChange c = changes.get(i);
            long until = i + 1 < changes.size() ? changes.get(i + 1).time() : Math.max(c.time(), lastRead);
            out.add(new StatusBand(c.to(), c.time(), until));
        }
        return List.copyOf(out);
    }
}
