package io.auditlens.fields;

import io.auditlens.query.BuiltInFacet;
import io.auditlens.query.Facet;
import io.auditlens.query.FacetCounts;
import io.auditlens.query.PathFacet;
import io.auditlens.query.ScanProgress;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEventReader;
import io.auditlens.store.RawEvents;
import io.auditlens.task.CancelSignal;
import io.auditlens.query.EventTextUnavailableException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Every field of the loaded events: the built-in ones from the store's columns, and every JSON path that holds a
 * value in some event, found by reading each event's original JSON once (on all cores, with progress and cancel).
 * For each, how many events have it and how many distinct values; a path with few enough distinct values also
 * keeps each value's count, equal to what its path facet counts. Immutable.
 */
public final class FieldInventory {

    private static final int PROGRESS_STEP = 1024;

    private final long events;
    private final List<FieldStats> fields;
    private final Map<String, FacetCounts> pathValues;
    private final List<FieldStats> paths;

    private FieldInventory(long events, List<FieldStats> fields, Map<String, FacetCounts> pathValues) {
        this.events = events;
        this.fields = List.copyOf(fields);
        this.pathValues = Map.copyOf(pathValues);
        this.paths = this.fields.stream().filter(f -> f.isPath() && f.name().indexOf('.') > 0)
                .sorted(Comparator.comparingLong(FieldStats::events).reversed().thenComparing(FieldStats::name))
                .toList();
    }

    /**
     * Reads every event of {@code store} once; the built-in fields' figures come from {@code counts}.
     *
     * @throws java.util.concurrent.CancellationException when the signal is raised
     * @throws EventTextUnavailableException when an event cannot be read (its file changed)
     */
    public static FieldInventory scan(EventStore store, RawEvents raw, ValueCounts counts, ScanProgress progress,
                                      CancelSignal cancel) {
        int size = store.size();
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), size / PROGRESS_STEP + 1));
        AtomicLong done = new AtomicLong();
        progress.progress(0, size);
        List<LeafWalker.Node> roots = IntStream.range(0, parts).parallel()
                .mapToObj(part -> walkPart(raw, (int) ((long) size * part / parts),
                        (int) ((long) size * (part + 1) / parts), done, size, progress, cancel))
                .toList();
        Map<String, ValueTally> merged = new HashMap<>();
        for (LeafWalker.Node root : roots) {
            cancel.check();
            Deque<LeafWalker.Node> todo = new ArrayDeque<>(root.children.values());
            while (!todo.isEmpty()) {
                LeafWalker.Node n = todo.pop();
                todo.addAll(n.children.values());
                if (n.tally.events() > 0) {
                    merged.computeIfAbsent(n.path, k -> new ValueTally()).addAll(n.tally);
                }
            }
        }
        List<FieldStats> fields = new ArrayList<>();
        for (BuiltInFacet f : BuiltInFacet.values()) {
            counts.of(f).filter(c -> c.total() > 0).ifPresent(c ->
                    fields.add(new FieldStats(f.key(), c.total(), c.entries().size(), false)));
        }
        Map<String, FacetCounts> values = new HashMap<>();
        merged.forEach((path, tally) -> {
            // A top-level key a built-in field already shows (action, outcome, ...) is listed once, as that field.
            if (path.indexOf('.') < 0 && BuiltInFacet.byKey(path).isPresent()) {
                return;
            }
            fields.add(new FieldStats(path, tally.events(), tally.distinct(), !tally.isExact()));
            if (tally.isExact()) {
                values.put(path, FacetCounts.fromMap(path, tally.counts()));
            }
        });
        // Built-in fields keep the facets' order; paths follow by name.
        fields.sort(Comparator.comparing((FieldStats f) -> f.isPath()).thenComparing(f -> f.isPath() ? f.name() : ""));
        return new FieldInventory(size, fields, values);
    }

    private static LeafWalker.Node walkPart(RawEvents raw, int from, int to, AtomicLong done, int size,
                                            ScanProgress progress, CancelSignal cancel) {
        LeafWalker walker = new LeafWalker(raw.jsonFactory());
        int pending = 0;
        cancel.check();
        try (RawEventReader reader = raw.openReader()) {
            for (int row = from; row < to; row++) {
                reader.read(row, walker::walk);
                if (++pending == PROGRESS_STEP) {
                    cancel.check();
                    progress.progress(done.addAndGet(pending), size);
                    pending = 0;
                }
            }
        } catch (RawEvents.RawEventException e) {
            throw new EventTextUnavailableException(e.getMessage());
        }
        progress.progress(done.addAndGet(pending), size);
        return walker.root();
    }

    /** How many events were read. */
    public long events() {
        return events;
    }

    /** Built-in fields first, in the facets' order, then JSON paths by name. */
    public List<FieldStats> fields() {
        return fields;
    }

    /** The JSON paths of two names or more, the most common first: what the query bar offers as fields. */
    public List<FieldStats> paths() {
        return paths;
    }

    /** The counts of a path facet's values, when the path has few enough distinct values to have kept them. */
    public Optional<FacetCounts> values(Facet facet) {
        return facet instanceof PathFacet p ? Optional.ofNullable(pathValues.get(p.key())) : Optional.empty();
    }
}
