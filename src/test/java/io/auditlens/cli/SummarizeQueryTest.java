package io.auditlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.auditlens.event.ActionCatalog;
import io.auditlens.event.Digest;
import io.auditlens.event.EventTime;
import io.auditlens.event.Regions;
import io.auditlens.testdata.RandomAuditData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** {@code summarize --query} gives the same figures as counting the output of {@code query --format ndjson} by hand. */
class SummarizeQueryTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path dir;

    @BeforeAll
    static void write() throws Exception {
        new RandomAuditData(42).load(dir, 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "outcome:success", "action:image.* -region:eu-de", "bob OR status:fail*",
        "requestData.RequestParameters.signatureMethod:\"red hat signing\"", "after:2026-03-10 before:2026-03-20",
        "(geo:europe OR category:vulnerability) -initiator:\"\"", "tag:\"\" digest:sha256:*"})
    void summaryEqualsCountingTheEventsByHand(String query) throws Exception {
        String[] inputs = {dir.resolve("plain.ndjson").toString(), dir.resolve("wrapped.gz").toString()};
        CliRun summary = CliRun.of(concat(new String[] {"summarize", "--json", "--query", query}, inputs));
        CliRun events = CliRun.of(concat(new String[] {"query", "--format", "ndjson", "--query", query}, inputs));
        assertEquals(0, summary.exitCode(), summary.err());
        assertEquals(0, events.exitCode(), events.err());
        JsonNode reported = MAPPER.readTree(summary.out());
        ObjectNode expected = countByHand(events.out());
        assertEquals(expected.get("events").asLong(), reported.get("events").asLong(), query);
        assertEquals(expected.get("digests").asLong(), reported.get("digests").asLong(), query);
        assertEquals(expected.get("timeRange").toString(), reported.get("timeRange").toString(), query);
        for (String facet : new String[] {"region", "action", "category", "outcome", "severity", "status"}) {
            assertEquals(sorted(expected.get("facets").get(facet)), sorted(reported.get("facets").get(facet)),
                    query + " " + facet);
        }
    }

    private static ObjectNode countByHand(String ndjson) throws Exception {
        Map<String, Map<String, Long>> facets = new TreeMap<>();
        Set<String> digests = new HashSet<>();
        long events = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (String line : ndjson.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            JsonNode e = MAPPER.readTree(line);
            events++;
            long t = EventTime.parse(e.get("eventTime").asText());
            first = Math.min(first, t);
            last = Math.max(last, t);
            String action = e.get("action").asText();
            count(facets, "region", Regions.resolve(text(e, "logSourceCRN"), text(e.path("target"), "id"),
                    text(e.path("target"), "name")));
            count(facets, "action", action);
            count(facets, "category", ActionCatalog.categoryOf(action).id());
            count(facets, "outcome", text(e, "outcome"));
            count(facets, "severity", text(e, "severity"));
            JsonNode response = e.path("responseData");
            if (response.isTextual()) {
                response = MAPPER.readTree(response.asText());
            }
            count(facets, "status", text(response, "status"));
            String digest = Digest.fromTarget(text(e.path("target"), "id"), text(e.path("target"), "name"));
            if (digest != null) {
                digests.add(digest);
            }
        }
        ObjectNode out = MAPPER.createObjectNode();
        out.put("events", events);
        out.put("digests", digests.size());
        ObjectNode range = out.putObject("timeRange");
        range.put("first", events == 0 ? null : EventTime.format(first));
        range.put("last", events == 0 ? null : EventTime.format(last));
        ObjectNode f = out.putObject("facets");
        facets.forEach((name, counts) -> {
            ObjectNode n = f.putObject(name);
            counts.forEach(n::put);
        });
        for (String name : new String[] {"region", "action", "category", "outcome", "severity", "status"}) {
            if (!f.has(name)) {
                f.putObject(name);
            }
        }
        return out;
    }

    private static void count(Map<String, Map<String, Long>> facets, String facet, String value) {
        if (value != null) {
            facets.computeIfAbsent(facet, k -> new TreeMap<>()).merge(value, 1L, Long::sum);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.asText().isEmpty() ? v.asText() : null;
    }

    private static Map<String, Long> sorted(JsonNode counts) {
        Map<String, Long> out = new TreeMap<>();
        counts.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asLong()));
        return out;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
