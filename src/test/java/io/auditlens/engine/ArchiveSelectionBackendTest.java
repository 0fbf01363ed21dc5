package io.auditlens.engine;

import io.auditlens.ingest.Loader;
import io.auditlens.ingest.PartitionWindow;
import io.auditlens.query.EventField;
import io.auditlens.query.QuerySyntaxException;
import io.auditlens.query.RowAnnotations;
import io.auditlens.query.TimeRange;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;
import io.auditlens.task.CancelSignal;
import io.auditlens.testdata.ParquetFiles;
import io.auditlens.testdata.RandomAuditData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window's archive-mode backend answers as the in-memory backend does for the same events: matching count,
 * disjunctive facet counts, histogram bars (with and without a time range) and the rows of each page in order.
 */
class ArchiveSelectionBackendTest {

    @TempDir
    static Path dir;

    private static EventStore store;
    private static EngineSelectionBackend memory;
    private static ArchiveSelectionBackend archive;
    private static Path index;

    @BeforeAll
    static void build() throws Exception {
        Path root = dir.resolve("archive");
        Map<String, List<String>> byDay = new TreeMap<>();
        for (String json : new RandomAuditData(23).eventTexts(500)) {
            String time = json.replaceFirst(".*\"eventTime\":\"([^\"]+)\".*", "$1");
            byDay.computeIfAbsent(time.substring(0, 10), k -> new ArrayList<>()).add(json);
        }
        for (Map.Entry<String, List<String>> day : byDay.entrySet()) {
            ParquetFiles.archive(root.resolve("team_id=1/dt=" + day.getKey() + "/hr=00/part.parquet"), day.getValue());
        }
        store = new Loader().load(List.of(root), PartitionWindow.ALL).store();
        memory = new EngineSelectionBackend(store, new RawEvents(store));
        index = TemporaryIndex.create();
        new ArchiveIndexer().build(root, index, (s, d, t, e) -> { }, CancelSignal.never());
        archive = ArchiveSelectionBackend.over(DuckDbEngine.open(index), index, CancelSignal.never());
    }

    @AfterAll
    static void close() throws Exception {
        archive.close();
        assertFalse(Files.exists(index.getParent()), "the temporary index is deleted with the backend");
    }

    @Test
    void countsHistogramAndPagesEqualTheInMemoryBackend() throws Exception {
        for (SelectionRequest request : requests()) {
            assertSameAsInMemory(archive, request);
        }
    }

    @Test
    void afterPreparingTheFacetCacheClicksCountFromItWithTheSameResults() throws Exception {
        try (ArchiveSelectionBackend cached = ArchiveSelectionBackend.over(DuckDbEngine.open(index), null,
                CancelSignal.never())) {
            cached.prepare(List.of(), CancelSignal.never());
            List<SelectionRequest> requests = new ArrayList<>(requests());
            requests.add(SelectionRequest.ALL.withPick(io.auditlens.query.Facet.GEO, "Europe", true)
                    .withPick(io.auditlens.query.Facet.OUTCOME, "failure", true));
            int fromCache = 0;
            for (SelectionRequest request : requests) {
                var selection = request.toSelection();
                boolean covered = selection.query() instanceof io.auditlens.query.QueryNode.MatchAll;
                ArchiveQueries used = cached.queriesFor(selection);
                assertEquals(covered, used.histogram(selection, io.auditlens.query.BucketSize.DAY)
                        .contains(FacetCache.TABLE), request.toString());
                EventField sortBy = request.sort().field(); // time or action here: both copied
                assertEquals(covered, cached.pageKeyQueriesFor(selection, sortBy)
                        .pageKeys(selection, sortBy, false, 0, 1).contains(FacetCache.TABLE), request.toString());
                fromCache += covered ? 1 : 0;
                assertSameAsInMemory(cached, request);
            }
            assertTrue(fromCache >= 5, "most clicks count from the cache");
        }
    }

    private static List<SelectionRequest> requests() {
        SelectionRequest all = SelectionRequest.ALL;
        long mid = (store.time(0) + store.time(store.size() - 1)) / 2;
        List<SelectionRequest> requests = List.of(all,
                all.withQuery("outcome:failure OR action:pull"),
                all.withPick(io.auditlens.query.Facet.OUTCOME, "success", true).withQuery("-region:us-south"),
                // A first pick alone: its facet's counts are those of the whole index, kept from opening it.
                all.withPick(io.auditlens.query.Facet.ACTION, store.value(io.auditlens.store.EventColumn.ACTION, 0),
                        true),
                all.withPick(io.auditlens.query.Facet.ACTION, store.value(io.auditlens.store.EventColumn.ACTION, 0),
                        true).withPick(io.auditlens.query.Facet.REGION, "eu-de", true),
                all.withRange(new TimeRange(store.time(0), mid)),
                all.withRange(new TimeRange(mid, Long.MAX_VALUE)).withSort(new SortKey(EventField.ACTION, false)));
        return requests;
    }

    private static void assertSameAsInMemory(ArchiveSelectionBackend backend, SelectionRequest request)
            throws Exception {
        SelectionResult expected = memory.evaluate(request, null, CancelSignal.never());
        SelectionResult shown = backend.evaluate(request, RowAnnotations.NONE, null, CancelSignal.never());
        String what = request.toString();
        assertTrue(shown.isPaged(), what);
        assertEquals(expected.matching(), shown.matching(), what);
        assertEquals(expected.total(), shown.total(), what);
        for (var facet : SelectionBackend.FACETS) {
            assertEquals(expected.entries(facet), shown.entries(facet), facet.key() + " " + what);
        }
        HistogramData e = expected.histogram();
        HistogramData a = shown.histogram();
        assertArrayEquals(e.bounds(), a.bounds(), what);
        assertEquals(e.series(), a.series(), what);
        assertTrue(Arrays.deepEquals(e.counts(), a.counts()), what);
        assertEquals(e.barWidth(), a.barWidth(), what);
        List<ArchiveRow> page = shown.pages().page(10, 30, CancelSignal.never());
        for (int i = 0; i < page.size(); i++) {
            int row = expected.rows()[10 + i];
            assertEquals(store.time(row), page.get(i).time(), what);
            assertEquals(store.value(io.auditlens.store.EventColumn.ACTION, row),
                    page.get(i).text(IndexColumn.ACTION), what);
        }
    }

    @Test
    void everyPageOfEachSortHoldsTheInMemoryRowsInOrder() throws Exception {
        List<SortKey> sorts = List.of(new SortKey(EventField.TIME, true), new SortKey(EventField.TIME, false),
                new SortKey(EventField.TARGET, false), new SortKey(EventField.MESSAGE, true));
        for (SortKey sort : sorts) {
            SelectionRequest request = SelectionRequest.ALL.withQuery("-outcome:failure").withSort(sort);
            SelectionResult expected = memory.evaluate(request, null, CancelSignal.never());
            ArchivePages pages = archive.evaluate(request, RowAnnotations.NONE, null, CancelSignal.never()).pages();
            int pageSize = 97; // pages that start and end inside days, and a short last page
            for (int offset = 0; offset < expected.matching(); offset += pageSize) {
                List<ArchiveRow> page = pages.page(offset, pageSize, CancelSignal.never());
                assertEquals(Math.min(pageSize, expected.matching() - offset), page.size(), sort + " @" + offset);
                for (int i = 0; i < page.size(); i++) {
                    int row = expected.rows()[offset + i];
                    String what = sort + " row " + (offset + i);
                    assertEquals(store.time(row), page.get(i).time(), what);
                    assertEquals(store.value(io.auditlens.store.EventColumn.TARGET_NAME, row),
                            page.get(i).text(IndexColumn.TARGET_NAME), what);
                    assertEquals(store.value(io.auditlens.store.EventColumn.MESSAGE, row),
                            page.get(i).text(IndexColumn.MESSAGE), what);
                }
            }
            assertTrue(pages.page(expected.matching(), pageSize, CancelSignal.never()).isEmpty(), sort.toString());
        }
    }

    @Test
    void aPageLeavesOutTheEventsJsonAndARowReadsItsOwnOnDemand() throws Exception {
        SelectionRequest request = SelectionRequest.ALL.withSort(new SortKey(EventField.TARGET, true));
        SelectionResult expected = memory.evaluate(request, null, CancelSignal.never());
        ArchivePages pages = archive.evaluate(request, RowAnnotations.NONE, null, CancelSignal.never()).pages();
        List<ArchiveRow> page = pages.page(40, 25, CancelSignal.never());
        RawEvents raw = new RawEvents(store);
        for (int i = 0; i < page.size(); i++) {
            ArchiveRow row = page.get(i);
            assertFalse(row.hasEventJson());
            assertThrows(IllegalStateException.class, row::eventJson);
            ArchiveRow completed = pages.withEventJson(row, CancelSignal.never());
            assertTrue(completed.hasEventJson());
            assertEquals(raw.text(expected.rows()[40 + i]), completed.eventJson(), "row " + (40 + i));
            assertEquals(row.text(IndexColumn.DIGEST), completed.text(IndexColumn.DIGEST));
            assertTrue(completed == pages.withEventJson(completed, CancelSignal.never()), "read once");
        }
    }

    @Test
    void labelTermsAreRefusedAndSyntaxErrorsReported() throws Exception {
        UnsupportedSelectionException refused = assertThrows(UnsupportedSelectionException.class, () ->
                archive.evaluate(SelectionRequest.ALL.withQuery("label:suspicious"), null, CancelSignal.never()));
        assertTrue(refused.getMessage().contains("label:"), refused.getMessage());
        assertThrows(QuerySyntaxException.class, () ->
                archive.evaluate(SelectionRequest.ALL.withQuery("region:"), null, CancelSignal.never()));
        assertEquals(Set.copyOf(archive.facetValues().get(io.auditlens.query.Facet.OUTCOME)),
                Set.copyOf(memory.evaluate(SelectionRequest.ALL, null, CancelSignal.never())
                        .entries(io.auditlens.query.Facet.OUTCOME).stream().map(x -> x.value()).toList()));
    }
}
