package io.auditlens.query;

import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A facet over any JSON path: read once from the raw events, then counted and picked like a built-in facet. */
class PathFacetTest {

    private static final PathFacet AGENT = new PathFacet(List.of("initiator", "host", "agent"));
    private static final PathFacet METHOD = PathFacet.parse("requestData.RequestParameters.signatureMethod")
            .orElseThrow();

    @TempDir
    static Path dir;

    private static SelectionEngine engine;

    @BeforeAll
    static void load() throws Exception {
        List<EventJson> events = List.of(
                EventJson.at("2026-03-04T10:00:00Z", "image.push").outcome("success")
                        .member("initiator", "{\"name\":\"ana\",\"host\":{\"agent\":\"docker/24\"}}"),
                EventJson.at("2026-03-04T11:00:00Z", "image.pull").outcome("failure")
                        .member("initiator", "{\"name\":\"bob\",\"host\":{\"agent\":\"podman\"}}"),
                EventJson.at("2026-03-04T12:00:00Z", "image.pull").outcome("success")
                        .member("initiator", "{\"name\":\"bob\",\"host\":[{\"agent\":\"\"},{\"agent\":\"podman\"}]}"),
                EventJson.at("2026-03-04T13:00:00Z", "signature.write").outcome("success")
                        .requestDataString("{\"RequestParameters\":{\"signatureMethod\":\"GPG\"}}"),
                EventJson.at("2026-03-04T14:00:00Z", "signature.write").outcome("failure")
                        .requestParameter("signatureMethod", "Red Hat Signing"));
        engine = new SelectionEngine(TestInputs.loadEvents(dir, events).store());
    }

    @Test
    void keysNameBuiltInFacetsFirstThenDottedPaths() {
        assertEquals(Facet.REGION, Facet.byKey("Region").orElseThrow());
        assertEquals(AGENT, Facet.byKey("initiator.host.agent").orElseThrow());
        assertEquals("initiator.host.agent", AGENT.key());
        assertTrue(Facet.byKey("nosuchfield").isEmpty());
        assertTrue(Facet.byKey("a..b").isEmpty());
        assertTrue(Facet.byKey("a b.c").isEmpty());
    }

    @Test
    void countsTheFirstNonEmptyValueAtThePathLookingThroughArraysAndJsonStrings() {
        SelectionResult all = engine.evaluate(Selection.all());
        assertEquals(Map.of("docker/24", 1L, "podman", 2L), counts(all.facet(AGENT)));
        assertEquals(Map.of("GPG", 1L, "Red Hat Signing", 1L), counts(all.facet(METHOD)));
        assertFalse(engine.needsScan(AGENT));
    }

    @Test
    void aPickSelectsWhatTheJsonPathTermSelectsAndCountsStayDisjunctive() throws Exception {
        Selection picked = Selection.all().withPicks(AGENT, Set.of("podman"));
        SelectionResult result = engine.evaluate(picked);
        SelectionResult term = engine.evaluate(Selection.of("initiator.host.agent:podman"));
        assertEquals(term.rows().bits(), result.rows().bits());
        assertEquals(Map.of("docker/24", 1L, "podman", 2L), counts(result.facets().get(AGENT)));
        SelectionResult narrowed = engine.evaluate(picked.withPicks(Facet.OUTCOME, Set.of("success")));
        assertEquals(1, narrowed.count());
        assertEquals(Map.of("docker/24", 1L, "podman", 1L), counts(narrowed.facets().get(AGENT)));
    }

    @Test
    void picksInPathFacetsSortAfterBuiltInOnes() {
        Selection s = Selection.all().withPicks(AGENT, Set.of("podman")).withPicks(Facet.OUTCOME, Set.of("failure"));
        assertEquals(List.of(Facet.OUTCOME, AGENT), List.copyOf(s.picks().keySet()));
    }

    private static Map<String, Long> counts(FacetCounts counts) {
        Map<String, Long> out = new TreeMap<>();
        counts.entries().forEach(e -> out.put(e.value(), e.count()));
        return out;
    }
}
