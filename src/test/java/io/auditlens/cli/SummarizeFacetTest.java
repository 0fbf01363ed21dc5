package io.auditlens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.auditlens.testdata.RandomAuditData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code summarize --facet}: a field or any JSON path counted like the built-in facets, checked by hand. */
class SummarizeFacetTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PATH = "requestData.RequestParameters.signatureMethod";

    @TempDir
    static Path dir;

    @BeforeAll
    static void write() throws Exception {
        new RandomAuditData(7).load(dir, 300);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "outcome:success", "-region:eu-de"})
    void aJsonPathFacetCountsTheValueAtThePathOfEachMatchingEvent(String query) throws Exception {
        CliRun summary = CliRun.of("summarize", "--json", "--facet", PATH, "--query", query, plain(), wrapped());
        CliRun events = CliRun.of("query", "--format", "ndjson", "--query", query, plain(), wrapped());
        assertEquals(0, summary.exitCode(), summary.err());
        Map<String, Long> expected = new TreeMap<>();
        for (String line : events.out().split("\n")) {
            if (!line.isEmpty()) {
                JsonNode request = MAPPER.readTree(line).path("requestData");
                if (request.isTextual()) {
                    request = MAPPER.readTree(request.asText());
                }
                JsonNode method = request.path("RequestParameters").path("signatureMethod");
                if (method.isTextual() && !method.asText().isEmpty()) {
                    expected.merge(method.asText(), 1L, Long::sum);
                }
            }
        }
        assertFalse(query.isEmpty() && expected.isEmpty(), "the data has signature methods");
        Map<String, Long> reported = new TreeMap<>();
        MAPPER.readTree(summary.out()).get("facets").get(PATH).fields()
                .forEachRemaining(e -> reported.put(e.getKey(), e.getValue().asLong()));
        assertEquals(expected, reported);
    }

    @Test
    void aFieldFacetIsPrintedAfterTheStandardOnesAndTheSchemaIsOtherwiseUnchanged() throws Exception {
        CliRun plainRun = CliRun.of("summarize", "--json", plain());
        CliRun withFacet = CliRun.of("summarize", "--json", "--facet", "initiator", plain());
        JsonNode facets = MAPPER.readTree(withFacet.out()).get("facets");
        assertTrue(facets.has("initiator"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) facets).remove("initiator");
        assertEquals(MAPPER.readTree(plainRun.out()).get("facets"), facets);
        assertTrue(CliRun.of("summarize", "--facet", "initiator", plain()).out().contains("initiator"));
    }

    @Test
    void aKeyThatIsNeitherAFieldNorAPathIsAUsageError() {
        CliRun run = CliRun.of("summarize", "--facet", "nosuchfield", plain());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--facet nosuchfield"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    private static String plain() {
        return dir.resolve("plain.ndjson").toString();
    }

    private static String wrapped() {
        return dir.resolve("wrapped.gz").toString();
    }
}
