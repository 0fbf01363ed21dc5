package io.auditlens.spark;

import io.auditlens.engine.ArchiveIndexer;
import io.auditlens.engine.ArchiveSelection;
import io.auditlens.engine.IndexException;
import io.auditlens.ingest.Loader;
import io.auditlens.ingest.PartitionWindow;
import io.auditlens.query.Facet;
import io.auditlens.query.Selection;
import io.auditlens.query.SelectionEngine;
import io.auditlens.query.SelectionResult;
import io.auditlens.task.CancelSignal;
import io.auditlens.testdata.ParquetFiles;
import io.auditlens.testdata.RandomAuditData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spark (local[2]) over an index gives the summaries and facet counts the in-memory engine gives. */
class SparkEquivalenceTest {

    static final List<String> QUERIES = List.of("", "action:image.pull", "action:image.*", "category:image-data",
            "region:frankfurt OR geo:asia-pacific", "outcome:FAILURE", "initiator:iam-*", "initiator:\"\"",
            "target:crn:v1:*", "repo:team/app", "repo:app", "digest:0123456789abcdef*", "correlation:5E0A8*",
            "bob", "\"a+b [x]\"", "\".*\"", "-push", "(region:us-south OR region:eu-de) -outcome:success",
            "after:2026-03-05 before:2026-03-20", "requestData.RequestParameters.signatureMethod:\"Red Hat Signing\"",
            "responseData.status:FAIL", "message:\"it's\\\\\"");

    @TempDir
    static Path dir;

    private static SelectionEngine memory;
    private static SparkEngine spark;
    private static ArchiveSelection archive;

    @BeforeAll
    static void build() throws Exception {
        Path root = dir.resolve("archive");
        Map<String, List<String>> byDay = new TreeMap<>();
        for (String json : new RandomAuditData(5).eventTexts(400)) {
            String time = json.replaceFirst(".*\"eventTime\":\"([^\"]+)\".*", "$1");
            byDay.computeIfAbsent(time.substring(0, 10), k -> new ArrayList<>()).add(json);
        }
        for (Map.Entry<String, List<String>> day : byDay.entrySet()) {
            ParquetFiles.archive(root.resolve("dt=" + day.getKey() + "/hr=00/part.parquet"), day.getValue());
        }
        memory = new SelectionEngine(new Loader().load(List.of(root), PartitionWindow.ALL).store());
        Path index = dir.resolve("index");
        new ArchiveIndexer().build(root, index, (s, d, t, e) -> { }, CancelSignal.never());
        spark = SparkEngine.open(index, "local[2]");
        archive = new ArchiveSelection(spark);
    }

    @AfterAll
    static void close() {
        if (spark != null) {
            spark.close();
        }
    }

    @Test
    void summariesAreTheSameAsInMemory() throws Exception {
        for (String query : QUERIES) {
            Selection s = Selection.of(query);
            assertEquals(memory.evaluate(s).summary(), archive.summary(s, CancelSignal.never()), query);
        }
    }

    @Test
    void facetCountsAreTheSameWithPicks() throws Exception {
        Selection picked = Selection.of("-outcome:pending").withPick(Facet.REGION, "eu-de", true)
                .withPick(Facet.SEVERITY, "normal", true);
        SelectionResult expected = memory.evaluate(picked);
        Map<Facet, io.auditlens.query.FacetCounts> got = archive.facets(picked, Facet.PANEL, CancelSignal.never());
        for (Facet f : Facet.PANEL) {
            assertEquals(expected.facet(f), got.get(f), f.key());
        }
    }

    @Test
    void anUnreachableMasterIsNamedWithinSeconds() {
        IndexException e = assertThrows(IndexException.class,
                () -> SparkEngine.open(dir.resolve("index"), "spark://127.0.0.1:9"));
        assertTrue(e.getMessage().contains("cannot be reached"), e.getMessage());
    }
}
