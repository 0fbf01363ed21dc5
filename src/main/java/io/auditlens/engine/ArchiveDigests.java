package io.auditlens.engine;

import io.auditlens.ingest.LoadResult;
import io.auditlens.query.ScanProgress;
import io.auditlens.query.Selection;
import io.auditlens.store.EventStore;
import io.auditlens.task.CancelSignal;
import io.auditlens.timeline.DigestActivity;
import io.auditlens.timeline.DigestLine;
import io.auditlens.timeline.DigestList;
import io.auditlens.timeline.DigestSummary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The Digests list and one digest's timeline events in archive mode, from an engine over an index: the same lines
 * {@link DigestList} and {@link DigestActivity} give for the same events in memory, and the digest's events loaded
 * into a small store so that the in-memory timeline code draws them.
 */
final class ArchiveDigests {

    /** Statements a digest list runs, for its progress. */
    private static final int LIST_STEPS = 3;

    private final QueryEngine counts;
    private final QueryEngine rows;
    private final ArchiveQueries queries;

    /**
     * @param counts the engine the list's counts run on
     * @param rows   the engine a timeline's events are fetched on (a second connection, so they do not wait)
     */
    ArchiveDigests(QueryEngine counts, QueryEngine rows, ArchiveQueries queries) {
        this.counts = counts;
        this.rows = rows;
        this.queries = queries;
    }

    /** The digests of the selection, most recently seen first, each with its events in {@code slices} slices. */
    List<DigestLine> list(Selection selection, int slices, ScanProgress progress, CancelSignal cancel)
            throws IndexException, UnsupportedSelectionException {
        progress.progress(0, LIST_STEPS);
        DigestList digests = summaries(selection, progress, cancel);
        Map<String, int[]> activity = new HashMap<>();
        if (digests.size() > 0) {
            long first = digests.digests().stream().mapToLong(DigestSummary::firstSeen).min().orElseThrow();
            long last = digests.digests().get(0).lastSeen(); // the list is most recently seen first
            long[] starts = DigestActivity.sliceStarts(first, last + 1, slices);
            for (List<Object> row : counts.rows(queries.digestActivity(selection, starts), cancel)) {
                activity.computeIfAbsent((String) row.get(0), d -> new int[slices])[(int) number(row.get(1))] +=
                        (int) number(row.get(2));
            }
        }
        progress.progress(LIST_STEPS, LIST_STEPS);
        List<DigestLine> out = new ArrayList<>(digests.size());
        for (DigestSummary s : digests.digests()) {
            out.add(new DigestLine(s, activity.getOrDefault(s.digest(), new int[slices])));
        }
        return out;
    }

    /** The digests of the selection as {@code auditlens digests} lists them, without sparklines. */
    DigestList summaries(Selection selection, ScanProgress progress, CancelSignal cancel)
            throws IndexException, UnsupportedSelectionException {
        List<List<Object>> figures = counts.rows(queries.digests(selection), cancel);
        progress.progress(1, LIST_STEPS);
        Map<String, TreeSet<String>> tags = new HashMap<>();
        Map<String, TreeSet<String>> regions = new HashMap<>();
        for (List<Object> row : counts.rows(queries.digestValues(selection), cancel)) {
            String digest = (String) row.get(0);
            if (row.get(1) != null) {
                tags.computeIfAbsent(digest, d -> new TreeSet<>()).add((String) row.get(1));
            } else if (row.get(2) != null) {
                regions.computeIfAbsent(digest, d -> new TreeSet<>()).add((String) row.get(2));
            }
        }
        progress.progress(2, LIST_STEPS);
        List<DigestSummary> summaries = new ArrayList<>(figures.size());
        for (List<Object> row : figures) {
            String digest = (String) row.get(0);
            summaries.add(new DigestSummary(digest, (String) row.get(4),
                    DigestList.sortedValues(tags.getOrDefault(digest, new TreeSet<>())), number(row.get(1)),
                    number(row.get(2)), number(row.get(3)),
                    DigestList.sortedValues(regions.getOrDefault(digest, new TreeSet<>())), (String) row.get(5)));
        }
        return DigestList.of(summaries);
    }

    /**
     * The events of a digest that the selection holds (every one of them for {@link Selection#all()}), loaded in
     * time order, then load order, as the rows of a small store.
     */
    DigestEvents events(String digest, Selection selection, CancelSignal cancel)
            throws IndexException, UnsupportedSelectionException {
        List<List<Object>> found = rows.rows(queries.timeline(digest, selection), cancel);
        try (EventTextFile file = EventTextFile.create()) {
            Map<Long, ArchiveRow> byOffset = new HashMap<>(found.size() * 2);
            for (List<Object> values : found) {
                ArchiveRow row = new ArchiveRow(values);
                byOffset.put(file.append(row.eventJson()), row);
            }
            LoadResult loaded = file.load(cancel);
            EventStore store = loaded.store();
            // By offset rather than position: the loader keeps one copy of an event the archive holds twice.
            List<ArchiveRow> byRow = new ArrayList<>(store.size());
            for (int r = 0; r < store.size(); r++) {
                byRow.add(byOffset.get(store.offset(r)));
            }
            return DigestEvents.fetched(store, byRow);
        } catch (IOException e) {
            throw new IndexException("cannot hold the digest's events in a temporary file: " + e.getMessage());
        }
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
