package io.auditlens.engine;

import io.auditlens.findings.Findings;
import io.auditlens.findings.Rule;
import io.auditlens.findings.RuleEngine;
import io.auditlens.findings.WorkingHours;
import io.auditlens.ingest.LoadResult;
import io.auditlens.query.EventTextUnavailableException;
import io.auditlens.query.Selection;
import io.auditlens.query.SelectionEngine;
import io.auditlens.store.RawEvents;
import io.auditlens.task.CancelSignal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rules run in archive mode: the engine picks the events each rule could find ({@link RuleCandidates}), only those
 * are brought into memory, and the in-memory rule engine runs on them. So findings mean exactly what they mean over
 * loaded files, and the index is never loaded whole.
 */
public final class ArchiveFindings {

    /** Events whose JSON one statement fetches, at most. */
    private static final int SLICE = 50_000;

    /**
     * The findings and the events they were found in.
     *
     * @param events   the events brought into memory, which the findings' rows point into
     * @param findings the rules' findings
     * @param indexed  the number of events of the index, which the rules ran over
     * @param text     the file holding the events' text (JSON paths read it); closing the result deletes it
     */
    public record Result(LoadResult events, Findings findings, long indexed, EventTextFile text) implements AutoCloseable {
        /**
         * A finding's event as archive mode's detail pane shows events: its index columns' values, computed from the
         * event in memory by the code that writes the index. It has no archive partition or place in one.
         */
        public ArchiveRow archiveRow(int row) throws IndexException {
            String json;
            try {
                json = new RawEvents(events.store()).text(row);
            } catch (RawEvents.RawEventException e) {
                throw new IndexException(e.getMessage());
            }
            List<Object> values = new ArrayList<>();
            for (IndexColumn c : ArchiveQueries.ROW_COLUMNS) {
                values.add(IndexValues.of(c, events.store(), row, json, null, -1));
            }
            return new ArchiveRow(values);
        }

        @Override
        public void close() {
            text.close();
        }
    }

    private final QueryEngine engine;
    private final ArchiveQueries queries;
    private final RuleCandidates candidates;
    private final boolean narrowed;

    /** Rules run on this engine. */
    public ArchiveFindings(QueryEngine engine) {
        this(engine, true);
    }

    /** Rules run on this engine; without {@code narrowed}, every rule takes all events its queries match. */
    ArchiveFindings(QueryEngine engine, boolean narrowed) {
        this.engine = engine;
        this.narrowed = narrowed;
        SelectionSql sql = new SelectionSql(engine.dialect());
        this.queries = new ArchiveQueries(sql, engine.table());
        this.candidates = new RuleCandidates(sql, engine.table());
    }

    /**
     * Runs the rules over the index.
     *
     * @throws UnsupportedSelectionException when a rule's query cannot run on the engine
     * @throws IndexException                when the engine fails or a rule reads event text that cannot be read
     */
    public Result run(List<Rule> rules, WorkingHours hours, CancelSignal cancel)
            throws IndexException, UnsupportedSelectionException {
        // One row: events, first and last time of the whole index.
        List<Object> bounds = engine.rows(queries.bounds(Selection.all()), cancel).get(0);
        long indexed = ((Number) bounds.get(0)).longValue();
        long firstTime = bounds.get(1) == null ? 0 : ((Number) bounds.get(1)).longValue();
        List<String> conditions = new ArrayList<>();
        List<PageKey> keys = new ArrayList<>();
        for (Rule rule : rules) {
            Optional<String> narrowing = narrowed ? candidates.narrowing(rule) : Optional.empty();
            if (narrowing.isPresent()) {
                engine.stream(narrowing.get(), cancel, row -> keys.add(PageKey.ofKeyRow(row)));
            } else {
                conditions.add(candidates.condition(rule));
            }
        }
        if (!conditions.isEmpty()) {
            engine.stream(candidates.keys(conditions), cancel, row -> keys.add(PageKey.ofKeyRow(row)));
        }
        EventTextFile text = bring(inLoadOrder(keys), cancel);
        boolean kept = false;
        try {
            LoadResult loaded = text.load(cancel);
            Findings findings = new RuleEngine(hours).run(new SelectionEngine(loaded.store()), rules, cancel,
                    firstTime);
            kept = true;
            return new Result(loaded, findings, indexed, text);
        } catch (IOException e) {
            throw new IndexException("cannot read back the events the rules look at: " + e.getMessage());
        } catch (EventTextUnavailableException e) {
            throw new IndexException(e.getMessage());
        } finally {
            if (!kept) {
                text.close();
            }
        }
    }

    /**
     * The keys cut into slices of one day each (one partition folder, read once however many of its events are
     * wanted), a busy day into several.
     */
    private static List<List<PageKey>> slices(List<PageKey> keys) {
        List<List<PageKey>> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= keys.size(); i++) {
            if (i == keys.size() || i - from == SLICE
                    || utcDay(keys.get(i)) != utcDay(keys.get(from))) {
                out.add(keys.subList(from, i));
                from = i;
            }
        }
        return out;
    }

    private static long utcDay(PageKey key) {
        return Math.floorDiv(key.time(), 86_400_000L);
    }

    /** The keys without repeats, in time order, then load order: the order the in-memory engine loads them in. */
    private static List<PageKey> inLoadOrder(List<PageKey> keys) {
        return keys.stream().distinct().sorted(Comparator.comparingLong(PageKey::time)
                .thenComparing(PageKey::source).thenComparingLong(PageKey::seq)).toList();
    }

    /**
     * Writes the JSON of the events of the keys to a temporary file in the keys' order, fetched a slice of keys at a
     * time so neither the engine nor AuditLens holds more than one slice's text.
     */
    private EventTextFile bring(List<PageKey> keys, CancelSignal cancel) throws IndexException {
        EventTextFile text;
        try {
            text = EventTextFile.create();
            // Closing the result deletes it; a window closed while holding findings leaves that to the JVM's exit.
            text.path().toFile().deleteOnExit();
        } catch (IOException e) {
            throw new IndexException("cannot make a temporary file for the events the rules look at: "
                    + e.getMessage());
        }
        boolean kept = false;
        try {
            for (List<PageKey> slice : slices(keys)) {
                Map<PageKey, String> json = new HashMap<>();
                for (List<Object> row : engine.rows(queries.eventJsonWithKeys(slice), cancel)) {
                    json.put(PageKey.ofKeyRow(row), (String) row.get(3));
                }
                for (PageKey key : slice) {
                    String event = json.get(key);
                    if (event == null) {
                        throw new IndexException("the index changed while it was read: run the rules again");
                    }
                    text.append(event);
                }
            }
            kept = true;
            return text;
        } catch (IOException e) {
            throw new IndexException("cannot hold the events the rules look at in a temporary file: "
                    + e.getMessage());
        } finally {
            if (!kept) {
                text.close();
            }
        }
    }
}
