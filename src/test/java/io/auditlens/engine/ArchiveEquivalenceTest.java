package io.auditlens.engine;

import io.auditlens.event.EventTime;
import io.auditlens.ingest.Loader;
import io.auditlens.ingest.PartitionWindow;
import io.auditlens.query.BucketSize;
import io.auditlens.query.EventField;
import io.auditlens.query.BuiltInFacet;
import io.auditlens.query.Facet;
import io.auditlens.query.FacetCounts;
import io.auditlens.query.Histogram;
import io.auditlens.query.Selection;
import io.auditlens.query.SelectionEngine;
import io.auditlens.query.SelectionResult;
import io.auditlens.store.RawEvents;
import io.auditlens.task.CancelSignal;
import io.auditlens.testdata.ParquetFiles;
import io.auditlens.testdata.RandomAuditData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same archive loaded in memory and indexed for DuckDB gives the same summary, facet counts and histogram for
 * every query of the query-language tests, and for a pick in every facet.
 */
class ArchiveEquivalenceTest {

    @TempDir
    static Path dir;

    private static SelectionEngine memory;
    private static DuckDbEngine duck;
    private static ArchiveSelection archive;
    private static Path index;

    @BeforeAll
    static void build() throws Exception {
        Path root = dir.resolve("archive");
        Map<String, List<String>> byDay = new TreeMap<>();
        for (String json : new RandomAuditData(7).eventTexts(600)) {
            String time = json.replaceFirst(".*\"eventTime\":\"([^\"]+)\".*", "$1");
            byDay.computeIfAbsent(time.substring(0, 10), k -> new ArrayList<>()).add(json);
        }
        int n = 0;
        for (Map.Entry<String, List<String>> day : byDay.entrySet()) {
            ParquetFiles.archive(root.resolve("team_id=1/dt=" + day.getKey() + "/hr=00/part-" + n++ + ".parquet"),
                    day.getValue());
        }
        memory = new SelectionEngine(new Loader().load(List.of(root), PartitionWindow.ALL).store());
        index = dir.resolve("index");
        new ArchiveIndexer().build(root, index, (s, d, t, e) -> { }, CancelSignal.never());
        duck = DuckDbEngine.open(index);
        archive = new ArchiveSelection(duck);
    }

    @AfterAll
    static void close() {
        duck.close();
    }

    static Stream<String> queries() {
        return Stream.of("", "*", "action:image.pull", "action:CONTAINER-REGISTRY.IMAGE.PULL", "action:image.*",
                "action:other.*", "category:image-data", "category:vulnerability", "category:Namespaces",
                "category:other", "region:EU-DE", "region:frankfurt", "region:us-south OR geo:europe",
                "geo:asia-pacific", "geo:\"Asia Pacific\"", "region:unknown", "outcome:FAILURE", "severity:critical",
                "reason:403", "ip:203.0.113.*", "status:fail", "rg:rg-one", "namespace:team", "tag:latest",
                "initiator:ana@example.com", "initiator:ibmid-1", "initiator:iam-*", "target:ops", "target:crn:v1:*",
                "repo:us.icr.io/team/app", "repo:team/app", "repo:app", "repository:we*", "repo:icr.io/ops/web",
                "digest:" + RandomAuditData.DIGESTS.get(0).toUpperCase(), "digest:0123456789abcdef*",
                "digest:sha256:0123*", "correlation:5E0A8C3C-1B2D-4E5F-8A9B-0C1D2E3F4A5B", "correlation:5e0a8c3c-1b2d*",
                "correlation:5E0A8*", "correlation:*", "correlation:\"\"", "tag:\"\"", "initiator:\"\"",
                "severity:\"\"", "bob", "team/app", "vulnerability-status", "\"a+b [x]\"", "\"(namespace)\"",
                "\".*\"", "message:\"Container Registry: event 1\"", "-push", "outcome:success region:us-south",
                "region:us-south OR outcome:pending", "(region:us-south OR region:eu-de) -outcome:success",
                "after:2026-03-05", "before:2026-03-04T11:00", "after:2026-03-04T11:00:00Z before:2026-03-20",
                "NOT NOT region:us-south OR region:eu-de",
                "requestData.RequestParameters.signatureMethod:\"Red Hat Signing\"",
                "requestData.RequestParameters.signatureMethod:gpg", "responseData.status:FAIL",
                "responseData.status:*", "reason.reasonCode:403", "initiator.host.address:198.51.*",
                "no.such.path:x", "-requestData.RequestParameters.signatureMethod:\"\"");
    }

    @ParameterizedTest
    @MethodSource("queries")
    void summaryIsTheSameOnDuckDb(String query) throws Exception {
        Selection s = Selection.of(query);
        assertEquals(memory.evaluate(s).summary(), archive.summary(s, CancelSignal.never()), query);
    }

    @Test
    void facetCountsAreDisjunctiveAsInMemoryForAPickInEveryFacet() throws Exception {
        for (Facet facet : BuiltInFacet.values()) {
            Selection all = Selection.of("-outcome:pending");
            FacetCounts values = memory.evaluate(all).facet(facet);
            if (values.entries().isEmpty()) {
                continue;
            }
            Selection picked = all.withPick(facet, values.entries().get(0).value(), true)
                    .withPick(Facet.SEVERITY, "normal", true);
            SelectionResult expected = memory.evaluate(picked);
            List<Facet> counted = new ArrayList<>(Facet.PANEL);
            if (!counted.contains(facet)) {
                counted.add(facet);
            }
            Map<Facet, FacetCounts> got = archive.facets(picked, counted, CancelSignal.never());
            for (Facet f : counted) {
                assertEquals(expected.facet(f), got.get(f), "pick in " + facet + ", counts of " + f);
            }
            assertEquals(expected.summary(), archive.summary(picked, CancelSignal.never()), "pick in " + facet);
        }
    }

    @Test
    void eachDaysFileHoldsItsEventsInTimeThenLoadOrder() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = java.nio.file.Files.walk(index)) {
            files = walk.filter(f -> f.toString().endsWith(".parquet")).sorted().toList();
        }
        assertTrue(files.size() > 1, "one file per day");
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             java.sql.Statement st = db.createStatement()) {
            for (Path f : files) {
                String day = f.getParent().getFileName().toString().substring("day=".length());
                try (java.sql.ResultSet rs = st.executeQuery("SELECT count(*), count(*) FILTER (WHERE pt > time_ms "
                        + "OR (pt = time_ms AND (ps > source OR (ps = source AND pq >= seq)))), "
                        + "count(*) FILTER (WHERE strftime(make_timestamp(time_ms * 1000), '%Y-%m-%d') <> '" + day
                        + "') FROM (SELECT time_ms, source, seq, lag(time_ms) OVER w AS pt, lag(source) OVER w AS ps, "
                        + "lag(seq) OVER w AS pq FROM read_parquet('" + f + "', file_row_number = true) "
                        + "WINDOW w AS (ORDER BY file_row_number))")) {
                    rs.next();
                    assertTrue(rs.getLong(1) > 0, f.toString());
                    assertEquals(0, rs.getLong(2), f + ": rows out of time order");
                    assertEquals(0, rs.getLong(3), f + ": events of another day");
                }
            }
        }
    }

    @Test
    void histogramBarsAreTheSame() throws Exception {
        Selection s = Selection.of("-outcome:failure");
        for (BucketSize size : List.of(BucketSize.HOUR, BucketSize.DAY, BucketSize.WEEK, BucketSize.MONTH)) {
            Histogram h = memory.evaluate(s).histogram(size);
            Map<String, Long> expected = new TreeMap<>();
            for (int b = 0; b < h.buckets(); b++) {
                for (int o = 0; o < h.outcomes().size(); o++) {
                    if (h.count(o, b) > 0) {
                        expected.put(EventTime.format(h.start(b)) + "/" + h.outcomes().get(o), h.count(o, b));
                    }
                }
            }
            Map<String, Long> got = new TreeMap<>();
            ArchiveSelection.Bars bars = archive.histogram(s, size, CancelSignal.never());
            for (ArchiveSelection.Bar bar : bars.bars()) {
                got.merge(EventTime.format(bar.start()) + "/" + bar.outcome(), bar.events(), Long::sum);
            }
            assertEquals(expected, got, size.label());
            // The same scan gives the selection's totals, which the window's status bar and table take from it.
            io.auditlens.query.Summary summary = memory.evaluate(s).summary();
            assertEquals(summary.events(), bars.events(), size.label());
            assertEquals(summary.firstTime(), bars.first(), size.label());
            assertEquals(summary.lastTime(), bars.last(), size.label());
        }
        ArchiveSelection.Bars none = archive.histogram(Selection.of("outcome:none"), BucketSize.DAY,
                CancelSignal.never());
        assertEquals(new ArchiveSelection.Bars(List.of(), 0, 0, 0), none);
    }

    @Test
    void eventsComeBackInTheInMemoryTimeOrder() throws Exception {
        Selection s = Selection.of("action:image.* -outcome:pending");
        List<String> texts = new ArrayList<>();
        archive.forEachEventJson(s, CancelSignal.never(), texts::add);
        SelectionResult expected = memory.evaluate(s);
        RawEvents raw = new RawEvents(memory.store());
        List<String> inMemory = new ArrayList<>();
        for (int row : expected.sortedRows(EventField.TIME, false)) {
            inMemory.add(raw.text(row));
        }
        assertEquals(inMemory, texts);
    }
}
