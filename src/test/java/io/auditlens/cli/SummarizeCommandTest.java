package io.auditlens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummarizeCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path events(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n");
        return p;
    }

    private static String event(String time, String action, String region, String outcome) {
        return "{\"eventTime\":\"" + time + "\",\"action\":\"" + action + "\",\"outcome\":\"" + outcome
                + "\",\"severity\":\"normal\",\"logSourceCRN\":\"crn:v1:bluemix:public:container-registry:" + region
                + ":a/1::\",\"target\":{\"name\":\"us.icr.io/ns/app:1\",\"id\":\"crn:v1:bluemix:public:container-registry:"
                + region + ":a/1::image:us.icr.io/ns/app@sha256:" + "0".repeat(63) + region.length() + "\"}}";
    }

    @Test
    void jsonFollowsTheSchemaWithExactCounts() throws Exception {
        Path a = events("a.ndjson",
                event("2026-03-04T12:00:00+0000", "container-registry.image.pull", "us-south", "success"),
                event("2026-03-05T08:00:00Z", "container-registry.image.push", "eu-de", "failure"),
                "{broken",
                event("2026-03-04T12:00:00+0000", "container-registry.image.pull", "us-south", "success"));
        Run r = run("summarize", "--json", a.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        List<String> keys = new ArrayList<>();
        j.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("files", "events", "rejected", "duplicates", "digests", "timeRange", "facets"), keys);
        JsonNode f = j.get("files").get(0);
        assertEquals(a.toString(), f.get("path").asText());
        assertEquals(64, f.get("sha256").asText().length());
        assertEquals(Files.size(a), f.get("bytes").asLong());
        assertEquals("ndjson", f.get("format").asText());
        assertEquals(2, f.get("events").asInt());
        assertEquals(1, f.get("rejected").asInt());
        assertEquals(1, f.get("duplicates").asInt());
        assertEquals(3, f.get("errors").get(0).get("line").asInt());
        assertEquals(2, j.get("events").asInt());
        assertEquals(2, j.get("digests").asInt());
        assertEquals("2026-03-04T12:00:00.000Z", j.get("timeRange").get("first").asText());
        assertEquals("2026-03-05T08:00:00.000Z", j.get("timeRange").get("last").asText());
        assertEquals(1, j.get("facets").get("region").get("us-south").asInt());
        assertEquals(1, j.get("facets").get("action").get("container-registry.image.push").asInt());
        assertEquals(2, j.get("facets").get("category").get("image-data").asInt());
        assertEquals(1, j.get("facets").get("outcome").get("failure").asInt());
        assertTrue(j.get("facets").get("status").isEmpty());
    }

    @Test
    void unreadableInputExitsThreeWithOneLineOnStderr() throws Exception {
        Path a = events("a.ndjson", event("2026-03-04T12:00:00Z", "container-registry.image.pull", "us-south", "success"));
        Run r = run("summarize", "--json", a.toString(), dir.resolve("missing.ndjson").toString());
        assertEquals(3, r.code());
        assertEquals(1, r.err().strip().lines().count());
        assertTrue(r.err().contains("missing.ndjson: no such file or folder"));
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(2, j.get("files").size());
        assertEquals(1, j.get("events").asInt());
    }

    @Test
    void usageErrorsExitTwo() {
        Run none = run("summarize");
        assertEquals(2, none.code());
        assertFalse(none.err().contains("Exception"));
        assertEquals(2, run("summarize", "--bogus", "x").code());
    }

    @Test
    void readableReportGroupsRegionsByGeographyAndListsRejectedLines() throws Exception {
        Path a = events("a.ndjson",
                event("2026-03-04T12:00:00Z", "container-registry.image.pull", "us-south", "success"),
                "not json");
        Run r = run("summarize", a.toString());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Americas"));
        assertTrue(r.out().contains("Dallas (us-south)"));
        assertTrue(r.out().contains("Image data"));
        assertTrue(r.out().contains(a + ":2: broken JSON"), r.out());
    }
}
