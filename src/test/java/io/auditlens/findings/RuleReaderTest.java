package io.auditlens.findings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleReaderTest {

    private static final String GOOD_YAML = """
            id: my-rule
            title: Pushes by the intern
            severity: medium
            why: Check them.
            threshold:
              query: action:image.push
              group-by: [initiator, ip]
              count: 3
              within: 1h30m
            """;

    @TempDir
    Path dir;

    private static RuleFile read(String text, boolean yaml) throws Exception {
        return RuleReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), yaml);
    }

    @Test
    void readsAYamlRule() throws Exception {
        Rule r = read(GOOD_YAML, true).rules().get(0);
        assertEquals("my-rule", r.id());
        assertEquals(Severity.MEDIUM, r.severity());
        Condition.Threshold t = assertInstanceOf(Condition.Threshold.class, r.condition());
        assertEquals(List.of("initiator", "ip"), t.groupBy().fields());
        assertEquals(3, t.count());
        assertEquals(Duration.ofMinutes(90), t.window());
    }

    @Test
    void readsAJsonListOfRulesAndDefaultsTheLearningPeriod() throws Exception {
        RuleFile f = read("""
                {"rules": [
                  {"id": "a", "title": "A", "severity": "low", "match": {"query": "action:auth.set"}},
                  {"id": "b", "title": "B", "severity": "high",
                   "first-seen": {"query": "", "key": "namespace", "value": "initiator"}},
                  {"id": "pull-after-fail", "enabled": false}
                ]}""", false);
        assertEquals(2, f.rules().size());
        assertEquals(Duration.ofDays(7), ((Condition.FirstSeen) f.rules().get(1).condition()).learning());
        assertEquals(java.util.Set.of("pull-after-fail"), f.disabled());
    }

    @Test
    void namesTheLineOfEachProblem() {
        assertProblem(GOOD_YAML.replace("severity: medium", "severity: urgent"), 3,
                "severity is info, low, medium or high, not \"urgent\"");
        assertProblem(GOOD_YAML.replace("query: action:image.push", "query: 'action:(image.push'"), 6,
                "query: query syntax error at column");
        assertProblem(GOOD_YAML.replace("[initiator, ip]", "[initiator, colour]"), 7, "\"colour\" is not a field");
        assertProblem(GOOD_YAML.replace("count: 3", "count: 0"), 8, "count is a whole number of at least 1");
        assertProblem(GOOD_YAML.replace("within: 1h30m", "within: soon"), 9, "is not a duration");
        assertProblem(GOOD_YAML.replace("within: 1h30m", "windw: 1h30m"), 9, "unknown field \"windw\"");
        assertProblem(GOOD_YAML + "  bad: [\n", 10, "not valid YAML");
        assertProblem(GOOD_YAML.replace("why: Check them.", "why: Check them.\nmatch:\n  query: x"), 1,
                "a rule has one condition, not");
        assertProblem("{\"id\": \"a\",\n \"title\": \"A\",\n \"title\": \"B\"}", 3, "\"title\" is given twice");
        assertProblem("", 0, "the file is empty");
    }

    private static void assertProblem(String text, int line, String message) {
        boolean yaml = !text.startsWith("{");
        RuleFileException e = assertThrows(RuleFileException.class, () -> read(text, yaml), text);
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
    }

    @Test
    void aBrokenFileIsSkippedAndNamedWhileTheOthersStillCount() throws Exception {
        Files.writeString(dir.resolve("a-good.yaml"), GOOD_YAML);
        Files.writeString(dir.resolve("b-broken.json"), "{\"id\": \"x\",\n \"title\": \"X\",\n \"severity\": \"high\"\n}");
        Files.writeString(dir.resolve("c-override.yml"), """
                id: bulk-delete
                title: Bulk deletions, our way
                severity: high
                match:
                  query: action:image.bulkdelete outcome:success
                """);
        Files.writeString(dir.resolve("notes.txt"), "not a rule file");

        RuleCatalog catalog = RuleCatalog.withUserRules(dir);

        assertEquals(1, catalog.problems().size());
        RuleProblem p = catalog.problems().get(0);
        assertEquals(dir.resolve("b-broken.json"), p.file());
        assertEquals(1, p.line());
        assertTrue(p.text().endsWith("b-broken.json:1: a rule needs one condition: match, threshold, first-seen or sequence"),
                p.text());
        assertTrue(catalog.find("my-rule").isPresent());
        assertEquals(Severity.HIGH, catalog.find("bulk-delete").orElseThrow().severity());
        assertEquals(RuleCatalog.builtIn().rules().size() + 1, catalog.rules().size());
    }

    @Test
    void theBuiltInPackHasItsStableIds() {
        assertEquals(List.of("pull-after-fail", "pull-of-unscanned", "new-ip-for-initiator", "new-initiator-in-namespace",
                "first-deletion-by-initiator", "namespace-deleted", "bulk-delete", "signature-removed-then-pulled",
                "public-network-setting-changed", "vulnerability-exemption-created", "retention-policy-set",
                "account-setting-changed", "failure-burst", "denied-burst-from-ip", "restored-from-trash",
                "off-hours-change"), RuleCatalog.builtIn().rules().stream().map(Rule::id).toList());
        for (Rule r : RuleCatalog.builtIn().rules()) {
            assertTrue(r.why().length() > 80, r.id() + " explains why it matters");
        }
    }

    @Test
    void durationsAndWorkingHoursReadAsWritten() {
        assertEquals(Duration.ofDays(30), RuleDuration.parse("30d"));
        assertEquals("1h30m", RuleDuration.format(RuleDuration.parse("90m")));
        assertThrows(IllegalArgumentException.class, () -> RuleDuration.parse("10 minutes"));
        WorkingHours h = WorkingHours.parse("Mon-Thu,Sat 08:30-17:00 Europe/Berlin");
        assertEquals("Mon-Thu,Sat 08:30-17:00 Europe/Berlin", h.text());
        assertEquals("Mon-Fri 07:00-19:00 UTC", WorkingHours.DEFAULT.text());
        assertThrows(IllegalArgumentException.class, () -> WorkingHours.parse("weekdays 9-5"));
    }
}
