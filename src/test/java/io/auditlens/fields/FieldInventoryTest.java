package io.auditlens.fields;

import io.auditlens.engine.EngineSelectionBackend;
import io.auditlens.query.Facet;
import io.auditlens.query.FacetCounts;
import io.auditlens.query.PathFacet;
import io.auditlens.query.ScanProgress;
import io.auditlens.query.Selection;
import io.auditlens.query.SelectionEngine;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;
import io.auditlens.task.CancelSignal;
import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Fields list's figures: every path found, and each path's counts equal to what its path facet counts. */
class FieldInventoryTest {

    @TempDir
    static Path dir;

    private static GeneratedData generated;

    @BeforeAll
    static void load() throws Exception {
        generated = GeneratedData.of(dir, 2_000);
    }

    @Test
    void everyPathsFiguresAndValuesEqualItsPathFacetsCounts() {
        SelectionEngine engine = new SelectionEngine(generated.store(), generated.raw());
        List<FieldStats> paths = generated.fields().paths();
        assertTrue(paths.stream().anyMatch(p -> p.name().equals("initiator.host.agent")), paths.toString());
        assertTrue(paths.stream().anyMatch(p -> p.name().equals("requestData.RequestParameters.name")));
        for (FieldStats p : paths) {
            PathFacet facet = (PathFacet) p.facet().orElseThrow();
            FacetCounts counted = engine.evaluate(Selection.all()).facet(facet);
            assertEquals(counted.total(), p.events(), p.name());
            if (!p.distinctEstimated()) {
                assertEquals(counted.entries().size(), p.distinct(), p.name());
                assertEquals(counted, generated.fields().values(facet).orElseThrow(), p.name());
            }
        }
    }

    @Test
    void builtInFieldsComeFirstFromTheColumnsAndTopLevelKeysAreNotListedTwice() {
        List<FieldStats> fields = generated.fields().fields();
        FieldStats region = fields.get(0);
        assertEquals("region", region.name());
        assertFalse(region.isPath());
        assertEquals(2_000, region.events());
        FacetCounts actions = generated.backend().countsOfAll(Facet.ACTION).orElseThrow();
        FieldStats action = fields.stream().filter(f -> f.name().equals("action")).findFirst().orElseThrow();
        assertEquals(actions.entries().size(), action.distinct());
        assertEquals(1, fields.stream().filter(f -> f.name().equalsIgnoreCase("action")).count());
        assertTrue(fields.stream().anyMatch(f -> f.name().equals("eventTime") && f.facet().isEmpty()));
    }

    @Test
    void looksThroughArraysAndIntoStringsHoldingJsonAsPathFacetsDo() throws Exception {
        List<EventJson> events = List.of(
                EventJson.at("2026-03-04T10:00:00Z", "image.push")
                        .member("initiator", "{\"name\":\"ana\",\"host\":{\"agent\":\"docker/24\"}}"),
                EventJson.at("2026-03-04T12:00:00Z", "image.pull")
                        .member("initiator", "{\"name\":\"bob\",\"host\":[{\"agent\":\"\"},{\"agent\":\"podman\"}]}"),
                EventJson.at("2026-03-04T13:00:00Z", "signature.write")
                        .requestDataString("{\"RequestParameters\":{\"signatureMethod\":\"GPG\"}}"),
                EventJson.at("2026-03-04T14:00:00Z", "signature.write")
                        .requestParameter("signatureMethod", "Red Hat Signing"));
        EventStore store = TestInputs.loadEvents(java.nio.file.Files.createDirectories(dir.resolve("small")), events).store();
        RawEvents raw = new RawEvents(store);
        EngineSelectionBackend backend = new EngineSelectionBackend(store, raw);
        AtomicLong last = new AtomicLong();
        FieldInventory inventory = FieldInventory.scan(store, raw, backend::countsOfAll,
                (done, total) -> last.set(done * 100 / total), CancelSignal.never());
        assertEquals(100, last.get());
        Map<String, FieldStats> byName = new java.util.HashMap<>();
        inventory.fields().forEach(f -> byName.put(f.name(), f));
        assertEquals(new FieldStats("initiator.host.agent", 2, 2, false), byName.get("initiator.host.agent"));
        assertEquals(new FieldStats("requestData.RequestParameters.signatureMethod", 2, 2, false),
                byName.get("requestData.RequestParameters.signatureMethod"));
        assertEquals(List.of(new FacetCounts.Entry("docker/24", 1), new FacetCounts.Entry("podman", 1)),
                inventory.values(Facet.byKey("initiator.host.agent").orElseThrow()).orElseThrow().entries());
    }

    @Test
    void aCancelledScanStops() {
        CancelSignal cancel = new CancelSignal();
        cancel.cancel();
        assertThrows(CancellationException.class, () -> FieldInventory.scan(generated.store(), generated.raw(),
                generated.backend()::countsOfAll, ScanProgress.NONE, cancel));
    }

    @Test
    void manyDistinctValuesAreEstimatedWithinAFewPerCent() {
        ValueTally tally = new ValueTally();
        for (int i = 0; i < 200_000; i++) {
            tally.add("value-" + i);
            tally.add("value-" + i);
        }
        assertFalse(tally.isExact());
        assertEquals(400_000, tally.events());
        assertEquals(200_000, tally.distinct(), 200_000 * 0.03);
        ValueTally small = new ValueTally();
        List.of("a", "b", "a").forEach(small::add);
        assertTrue(small.isExact());
        assertEquals(2, small.distinct());
        small.addAll(tally);
        assertEquals(200_002, small.distinct(), 200_000 * 0.03);
    }
}
