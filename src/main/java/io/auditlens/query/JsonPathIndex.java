package io.auditlens.query;

import io.auditlens.task.CancelSignal;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEventReader;
import io.auditlens.store.RawEvents;
import io.auditlens.store.RawEvents.RawEventException;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Answers JSON-path terms by reading events' original JSON, on all cores, and remembers per term which rows it has
 * read and which matched. Only candidate rows are read, and a row is never read twice for the same term, so
 * narrowing or widening a selection around a path term costs only the rows not seen before. Thread-safe.
 */
final class JsonPathIndex {

    private static final int CHUNK = 2048;

    private final EventStore store;
    private final RawEvents raw;
    private final Map<Key, Learned> learned = new ConcurrentHashMap<>();

    JsonPathIndex(EventStore store, RawEvents raw) {
        this.store = store;
        this.raw = raw;
    }

    private record Key(List<String> path, String lowerValue, MatchKind kind) {
    }

    /** What one term has learned: rows read so far and those that matched. Guarded by itself. */
    private static final class Learned {
        private final BitSet read = new BitSet();
        private final BitSet matched = new BitSet();
    }

    /** The candidate rows that match the term. */
    BitSet matches(QueryNode.JsonPathTerm term, BitSet candidates, ScanProgress progress, CancelSignal cancel) {
        TextComparison cmp = TextComparison.of(term.value(), term.kind());
        Learned known = learned.computeIfAbsent(new Key(term.path(), cmp.lowerValue(), cmp.kind()), k -> new Learned());
        BitSet unread = (BitSet) candidates.clone();
        synchronized (known) {
            unread.andNot(known.read);
        }
        if (!unread.isEmpty()) {
            BitSet hits = scan(term.path(), cmp, unread, progress, cancel);
            synchronized (known) {
                known.read.or(unread);
                known.matched.or(hits);
            }
        }
        BitSet out;
        synchronized (known) {
            out = (BitSet) known.matched.clone();
        }
        out.and(candidates);
        return out;
    }

    private BitSet scan(List<String> path, TextComparison cmp, BitSet rows, ScanProgress progress,
                        CancelSignal cancel) {
        int[] todo = rows.stream().toArray();
        int chunks = (todo.length + CHUNK - 1) / CHUNK;
        AtomicLong done = new AtomicLong();
        BitSet hits = new BitSet(store.size());
        progress.progress(0, todo.length);
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            int from = chunk * CHUNK;
            int to = Math.min(todo.length, from + CHUNK);
            BitSet local = scanChunk(path, cmp, todo, from, to, cancel);
            synchronized (hits) {
                hits.or(local);
            }
            progress.progress(done.addAndGet(to - from), todo.length);
        });
        return hits;
    }

    private BitSet scanChunk(List<String> path, TextComparison cmp, int[] rows, int from, int to,
                             CancelSignal cancel) {
        JsonPathMatcher matcher = new JsonPathMatcher(raw.jsonFactory(), path, cmp);
        BitSet local = new BitSet();
        boolean[] matched = new boolean[1];
        try (RawEventReader reader = raw.openReader()) {
            for (int i = from; i < to; i++) {
                cancel.check();
                int row = rows[i];
                reader.read(row, (buffer, offset, length) -> matched[0] = matcher.matches(buffer, offset, length));
                if (matched[0]) {
                    local.set(row);
                }
            }
        } catch (RawEventException e) {
            throw new EventTextUnavailableException(e.getMessage());
        }
        return local;
    }
}
