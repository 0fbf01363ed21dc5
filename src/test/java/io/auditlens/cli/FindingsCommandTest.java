package io.auditlens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FindingsCommandTest {

    private static final String DIGEST = "sha256:" + "a".repeat(64);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path export;
    private Map<String, String> env;

    @BeforeEach
    void writeExport() throws Exception {
        export = TestInputs.ndjson(dir, "events.ndjson", List.of(
                EventJson.at("2026-03-02T10:00:00.000Z", "image-vulnerability-status.read").outcome("success")
                        .status("FAIL").image("us.icr.io/team/app:1", DIGEST).json(),
                EventJson.at("2026-03-02T11:00:00.000Z", "image.pull").outcome("success")
                        .image("us.icr.io/team/app:1", DIGEST).json(),
                EventJson.at("2026-03-02T12:00:00.000Z", "exemption.create").outcome("success").json()));
        Files.createDirectories(dir.resolve("config"));
        env = Map.of("AUDITLENS_CONFIG_DIR", dir.resolve("config").toString());
    }

    @Test
    void jsonListsEveryRuleThatRanWithItsHits() throws Exception {
        CliRun run = CliRun.in(env, "findings", "--json", export.toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = MAPPER.readTree(run.out());
        assertEquals(List.of("rules"), names(root));
        assertEquals(16, root.get("rules").size());
        JsonNode pull = root.get("rules").get(0);
        assertEquals(List.of("id", "title", "severity", "hits"), names(pull));
        assertEquals("pull-after-fail", pull.get("id").asText());
        assertEquals("high", pull.get("severity").asText());
        JsonNode hit = pull.get("hits").get(0);
        assertEquals(List.of("key", "first", "last", "events"), names(hit));
        assertEquals(DIGEST, hit.get("key").asText());
        assertEquals("2026-03-02T10:00:00.000Z", hit.get("first").asText());
        assertEquals("2026-03-02T11:00:00.000Z", hit.get("last").asText());
        assertEquals(2, hit.get("events").size());
        assertEquals(List.of("time", "hash"), names(hit.get("events").get(0)));
        assertTrue(hit.get("events").get(1).get("hash").asText().matches("[0-9a-f]{32}"));
        JsonNode exemption = root.get("rules").get(9);
        assertEquals("vulnerability-exemption-created", exemption.get("id").asText());
        assertTrue(exemption.get("hits").get(0).get("key").isNull());
        assertEquals(0, root.get("rules").get(12).get("hits").size(), "failure-burst found nothing");
    }

    @Test
    void failOnExitsOneWhenAFindingIsThatSevere() {
        assertEquals(1, CliRun.in(env, "findings", "--fail-on", "high", export.toString()).exitCode());
        assertEquals(1, CliRun.in(env, "findings", "--fail-on", "MEDIUM", export.toString()).exitCode());
        assertEquals(0, CliRun.in(env, "findings", "--fail-on", "high", "--rule", "vulnerability-exemption-created",
                export.toString()).exitCode());
        assertEquals(0, CliRun.in(env, "findings", export.toString()).exitCode());
    }

    @Test
    void theReadableListNamesRulesAndEvents() {
        CliRun run = CliRun.in(env, "findings", export.toString());
        assertTrue(run.out().startsWith("2 findings from 2 of 16 rules over 3 events"), run.out());
        assertTrue(run.out().contains("HIGH  pull-after-fail"), run.out());
        assertTrue(run.out().contains("image.pull  success"), run.out());
        assertTrue(run.out().contains("No findings: pull-of-unscanned,"), run.out());
    }

    @Test
    void usageAndInputErrorsKeepTheirExitCodes() {
        CliRun unknown = CliRun.in(env, "findings", "--rule", "no-such-rule", export.toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("auditlens: no rule with id \"no-such-rule\" (known: pull-after-fail,"));
        assertEquals(2, CliRun.in(env, "findings", "--fail-on", "severe", export.toString()).exitCode());
        assertEquals(2, CliRun.in(env, "findings", "--working-hours", "9 to 5", export.toString()).exitCode());
        assertEquals(2, CliRun.in(env, "findings", "--rules", dir.resolve("nowhere").toString(),
                export.toString()).exitCode());
        CliRun missing = CliRun.in(env, "findings", "--json", export.toString(), dir.resolve("gone.ndjson").toString());
        assertEquals(3, missing.exitCode());
        assertTrue(missing.out().startsWith("{\"rules\":"));
    }

    @Test
    void aBrokenUserRuleIsReportedAndTheRestRun() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("config").resolve("rules"));
        Files.writeString(rules.resolve("broken.yaml"), "id: x\ntitle: X\nseverity: catastrophic\nmatch:\n  query: ''\n");
        Files.writeString(rules.resolve("mine.yaml"), "id: every-event\ntitle: Every event\nseverity: info\n"
                + "match:\n  query: ''\n");

        CliRun run = CliRun.in(env, "findings", "--json", export.toString());

        assertEquals(0, run.exitCode());
        assertTrue(run.err().contains("auditlens: warning: rule file skipped: ") && run.err().contains("broken.yaml:3: "
                + "severity is info, low, medium or high"), run.err());
        JsonNode rulesRun = MAPPER.readTree(run.out()).get("rules");
        assertEquals(17, rulesRun.size());
        assertEquals(3, rulesRun.get(16).get("hits").size());
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
