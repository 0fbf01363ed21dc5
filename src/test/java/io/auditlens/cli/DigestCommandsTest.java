package io.auditlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

class DigestCommandsTest {

    private static final String D1 = "sha256:" + "9f86d081884c7d65".repeat(4);
    private static final String D2 = "sha256:" + "0123456789abcdef".repeat(4);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private String file;

    @BeforeEach
    void write() throws Exception {
        file = TestInputs.ndjson(dir, "a.ndjson", List.of(
                EventJson.at("2026-03-01T10:00:00Z", "image.push").outcome("success").region("us-south")
                        .initiator("ana", null).image("us.icr.io/team/app:1.0", D1).json(),
                EventJson.at("2026-03-02T10:00:00Z", "image-vulnerability-status.read").outcome("success")
                        .region("us-south").image("us.icr.io/team/app@" + D1, D1).status("WARN").json(),
                EventJson.at("2026-03-03T10:00:00Z", "image.pull").outcome("success").region("eu-de")
                        .image("de.icr.io/team/app:1.0", D1).correlationId("5e0a8c3c-1b2d-4e5f-8a9b-0c1d2e3f4a5b")
                        .json(),
                EventJson.at("2026-03-02T12:00:00Z", "image.pull").outcome("failure").region("jp-tok")
                        .image("jp.icr.io/ops/web:2", D2).json())).toString();
    }

    @Test
    void digestsJsonListsEveryDigestMostRecentFirst() throws Exception {
        CliRun run = CliRun.of("digests", "--json", file);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = MAPPER.readTree(run.out());
        assertEquals(2, root.get("count").asInt());
        JsonNode first = root.get("digests").get(0);
        assertEquals(D1, first.get("digest").asText());
        // The repository of the latest event: the image was last pulled through the Frankfurt registry.
        assertEquals("de.icr.io/team/app", first.get("repository").asText());
        assertEquals("[\"1.0\"]", first.get("tags").toString());
        assertEquals(3, first.get("events").asInt());
        assertEquals("2026-03-01T10:00:00.000Z", first.get("firstSeen").asText());
        assertEquals("2026-03-03T10:00:00.000Z", first.get("lastSeen").asText());
        assertEquals("[\"eu-de\",\"us-south\"]", first.get("regions").toString());
        assertEquals("WARN", first.get("lastStatus").asText());
        assertTrue(root.get("digests").get(1).get("lastStatus").isNull());
    }

    @Test
    void digestsFollowTheQuery() throws Exception {
        CliRun run = CliRun.of("digests", "--json", "--query", "region:jp-tok", file);
        JsonNode root = MAPPER.readTree(run.out());
        assertEquals(1, root.get("count").asInt());
        assertEquals(D2, root.get("digests").get(0).get("digest").asText());
        CliRun table = CliRun.of("digests", file);
        assertTrue(table.out().startsWith("digest "), table.out());
        assertTrue(table.out().contains(D1 + "  de.icr.io/team/app"), table.out());
    }

    @Test
    void timelineJsonDescribesTheDigestsLife() throws Exception {
        CliRun run = CliRun.of("timeline", "--digest", D1.toUpperCase(), "--json", file);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        JsonNode root = MAPPER.readTree(run.out());
        assertEquals(D1, root.get("digest").asText());
        assertEquals(3, root.get("events").asInt());
        assertEquals("[\"us.icr.io/team/app\",\"de.icr.io/team/app\"]", root.get("repositories").toString());
        assertEquals("2026-03-01T10:00:00.000Z", root.get("firstPush").get("time").asText());
        assertEquals("ana", root.get("firstPush").get("initiator").asText());
        assertEquals("2026-03-03T10:00:00.000Z", root.get("lastPull").get("time").asText());
        assertEquals("5e0a8c3c-1b2d-4e5f-8a9b-0c1d2e3f4a5b", root.get("lastPull").get("correlationId").asText());
        assertTrue(root.get("deletion").isNull());
        assertEquals("WARN", root.get("statusChanges").get(0).get("to").asText());
        assertTrue(root.get("statusChanges").get(0).get("from").isNull());
        assertEquals(2, root.get("lanes").get("image-data").asInt());
        assertEquals(1, root.get("lanes").get("vulnerability").asInt());
        assertEquals(3, root.get("timeline").size());
        assertEquals("vulnerability", root.get("timeline").get(1).get("lane").asText());
    }

    @Test
    void timelineTextShowsTheLifeThenTheEvents() {
        CliRun run = CliRun.of("timeline", "--digest", D1, file);
        assertTrue(run.out().startsWith("Digest        " + D1 + "\n"), run.out());
        assertTrue(run.out().contains("First push    2026-03-01T10:00:00.000Z"), run.out());
        assertTrue(run.out().contains("Status        WARN (2026-03-02T10:00:00.000Z)"), run.out());
        assertTrue(run.out().contains("2026-03-02T10:00:00.000Z  Vulnerabilities"), run.out());
    }

    @Test
    void anUnknownDigestSaysSoAndStillPrintsJson() throws Exception {
        String unknown = "sha256:" + "a".repeat(64);
        CliRun run = CliRun.of("timeline", "--digest", unknown, "--json", file);
        assertEquals(0, run.exitCode());
        assertEquals("auditlens: no events for " + unknown + "\n", run.err());
        JsonNode root = MAPPER.readTree(run.out());
        assertEquals(0, root.get("events").asInt());
        assertTrue(root.get("firstSeen").isNull());
        assertEquals(0, root.get("timeline").size());
        CliRun text = CliRun.of("timeline", "--digest", unknown, file);
        assertEquals("", text.out());
        assertEquals("auditlens: no events for " + unknown + "\n", text.err());
    }

    @Test
    void aMalformedDigestIsAUsageError() {
        CliRun run = CliRun.of("timeline", "--digest", "sha256:abc", file);
        assertEquals(2, run.exitCode());
        assertEquals("auditlens: --digest expects sha256: followed by 64 hex digits, not 'sha256:abc'\n", run.err());
    }
}
