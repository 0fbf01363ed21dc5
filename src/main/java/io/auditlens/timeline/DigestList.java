package io.auditlens.timeline;

import io.auditlens.query.RowSet;
import io.auditlens.store.Dictionary;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every digest named by a set of rows, with its repository, tags, event count, first and last seen, regions and
 * latest vulnerability status; most recently seen first. Computed in one pass over the rows; immutable.
 */
public final class DigestList {

    private final List<DigestSummary> digests;

    private DigestList(List<DigestSummary> digests) {
        this.digests = List.copyOf(digests);
    }

    /** The digests of the rows, most recently seen first (ties by digest). */
    public static DigestList of(EventStore store, RowSet rows) {
        int[] digest = store.codes(EventColumn.DIGEST);
        int[] repository = store.codes(EventColumn.REPOSITORY);
        int[] status = store.codes(EventColumn.STATUS);
        int[] tag = store.codes(EventColumn.TAG);
        int[] region = store.codes(EventColumn.REGION);
        long[] time = store.times();
        int groups = store.dictionary(EventColumn.DIGEST).size();
        long[] events = new long[groups];
        long[] first = new long[groups];
        long[] last = new long[groups];
        int[] repositoryOf = new int[groups];
        long[] repositoryTime = new long[groups];
        int[] statusOf = new int[groups];
        long[] statusTime = new long[groups];
        Arrays.fill(first, Long.MAX_VALUE);
        Arrays.fill(last, Long.MIN_VALUE);
        Arrays.fill(repositoryTime, Long.MIN_VALUE);
        Arrays.fill(statusTime, Long.MIN_VALUE);
        DistinctCodes tags = new DistinctCodes(groups);
        DistinctCodes regions = new DistinctCodes(groups);
        for (int row = rows.next(0); row >= 0; row = rows.next(row + 1)) {
            int d = digest[row];
            if (d == 0) {
                continue;
            }
            long t = time[row];
            events[d]++;
            first[d] = Math.min(first[d], t);
            last[d] = Math.max(last[d], t);
            // ">=" lets the later row win a tie, so the result does not depend on anything but the rows.
            if (repository[row] != 0 && t >= repositoryTime[d]) {
                repositoryOf[d] = repository[row];
                repositoryTime[d] = t;
            }
            if (status[row] != 0 && t >= statusTime[d]) {
                statusOf[d] = status[row];
                statusTime[d] = t;
            }
            if (tag[row] != 0) {
                tags.add(d, tag[row]);
            }
            regions.add(d, region[row]);
        }
        int[][] tagsOf = tags.byGroup();
        int[][] regionsOf = regions.byGroup();
        List<DigestSummary> out = new ArrayList<>();
        for (int d = 1; d < groups; d++) {
            if (events[d] == 0) {
                continue;
            }
            out.add(new DigestSummary(store.dictionary(EventColumn.DIGEST).value(d),
                    store.dictionary(EventColumn.REPOSITORY).value(repositoryOf[d]),
                    sortedValues(store.dictionary(EventColumn.TAG), tagsOf[d]), events[d], first[d], last[d],
                    sortedValues(store.dictionary(EventColumn.REGION), regionsOf[d]),
                    store.dictionary(EventColumn.STATUS).value(statusOf[d])));
        }
        return of(out);
    }

    /** A list of digests counted elsewhere (an archive-mode engine), in this list's order. */
    public static DigestList of(List<DigestSummary> digests) {
        List<DigestSummary> out = new ArrayList<>(digests);
        out.sort(Comparator.comparingLong(DigestSummary::lastSeen).reversed().thenComparing(DigestSummary::digest));
        return new DigestList(out);
    }

    /** Distinct tags or regions in the order a summary lists them: ignoring case, then by case. */
    public static List<String> sortedValues(java.util.Collection<String> values) {
        List<String> out = new ArrayList<>(values);
        out.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
        return out;
    }

    /** The digests, most recently seen first. */
    public List<DigestSummary> digests() {
        return digests;
    }

    /** Number of digests. */
    public int size() {
        return digests.size();
    }

    /** The line of one digest, compared ignoring case. */
    public Optional<DigestSummary> find(String digest) {
        return digests.stream().filter(d -> d.digest().equalsIgnoreCase(digest)).findFirst();
    }

    private static List<String> sortedValues(Dictionary dictionary, int[] codes) {
        List<String> values = new ArrayList<>(codes.length);
        for (int code : codes) {
            if (code != 0) {
                values.add(dictionary.value(code));
            }
        }
        return sortedValues(values);
    }
}
