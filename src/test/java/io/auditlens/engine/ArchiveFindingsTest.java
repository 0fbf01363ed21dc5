package io.auditlens.engine;

import io.auditlens.findings.Findings;
import io.auditlens.findings.Rule;
import io.auditlens.findings.RuleCatalog;
import io.auditlens.findings.RuleEngine;
import io.auditlens.findings.WorkingHours;
import io.auditlens.ingest.LoadResult;
import io.auditlens.ingest.Loader;
import io.auditlens.query.SelectionEngine;
import io.auditlens.task.CancelSignal;
import io.auditlens.testdata.FindingLines;
import io.auditlens.testdata.SampleArchives;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Findings in archive mode equal the findings over the same events loaded in memory, rule by rule and event by event:
 * the built-in pack, and user rules keyed by JSON paths, derived values and several fields, which take the paths
 * without narrowing.
 */
class ArchiveFindingsTest {

    private static final WorkingHours HOURS = WorkingHours.parse("Mon-Fri 08:00-18:00 UTC");

    @TempDir
    static Path dir;

    private static List<Rule> rules;
    private static List<String> inMemory;
    private static QueryEngine engine;

    @BeforeAll
    static void build() throws Exception {
        Path archive = SampleArchives.generate(dir.resolve("archive"), 3000, 7);
        Path index = dir.resolve("index");
        new ArchiveIndexer().build(archive, index, (s, done, total, n) -> { }, CancelSignal.never());
        Path userRules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(userRules.resolve("more.yaml"), """
                rules:
                  - id: failures-per-address-path
                    title: Failures from one address, keyed by a JSON path
                    severity: low
                    threshold:
                      query: outcome:failure
                      group-by: initiator.host.address
                      count: 3
                      within: 1h
                  - id: busy-initiator-and-ip
                    title: Successful requests by one initiator from one address
                    severity: info
                    threshold:
                      query: outcome:success
                      group-by: [initiator, ip]
                      count: 4
                      within: 10m
                  - id: new-initiator-per-category
                    title: First initiator per action category
                    severity: info
                    first-seen:
                      query: "*"
                      key: category
                      value: initiator
                      learning: 2d
                  - id: new-pusher-per-repository
                    title: First pusher per namespace or repository
                    severity: info
                    first-seen:
                      query: action:image.push OR action:image.tag
                      key: [namespace, repository]
                      value: [initiator, ip]
                      learning: 1d
                  - id: push-then-delete-by-initiator
                    title: A push deleted by the same initiator within a day
                    severity: info
                    sequence:
                      first: action:image.push
                      then: action:image.delete
                      key: initiator
                      within: 1d
                      unless: action:image.pull
                  - id: failure-then-success-by-address-path
                    title: A failure, then a success from the same address
                    severity: info
                    sequence:
                      first: outcome:failure
                      then: outcome:success
                      key: initiator.host.address
                      within: 5m
                """);
        RuleCatalog catalog = RuleCatalog.withUserRules(userRules);
        assertEquals(List.of(), catalog.problems());
        rules = catalog.rules();
        LoadResult loaded = new Loader().load(List.of(archive));
        inMemory = FindingLines.of(new RuleEngine(HOURS).run(new SelectionEngine(loaded.store()), rules), loaded.store());
        engine = DuckDbEngine.open(index);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void everyRuleFindsTheSameEventsAsInMemory() throws Exception {
        try (ArchiveFindings.Result found = new ArchiveFindings(engine).run(rules, HOURS, CancelSignal.never())) {
            assertEquals(inMemory, FindingLines.of(found.findings(), found.events().store()));
            assertEquals(3000, found.indexed());
        }
        long rulesWithHits = inMemory.stream().filter(r -> r.contains("\n")).count();
        assertTrue(rulesWithHits >= 19, inMemory.toString());
    }

    @Test
    void eachRuleAloneFindsTheSameEventsAsInMemory() throws Exception {
        // Alone, a rule's findings come from its own narrowed events only, not from those another rule brought.
        for (int i = 0; i < rules.size(); i++) {
            try (ArchiveFindings.Result found = new ArchiveFindings(engine).run(List.of(rules.get(i)), HOURS,
                    CancelSignal.never())) {
                assertEquals(inMemory.get(i), FindingLines.of(found.findings(), found.events().store()).get(0));
            }
        }
    }

    @Test
    void theBuiltInRulesBringFewerEventsIntoMemoryThanTheirQueriesMatch() throws Exception {
        List<Rule> builtIn = RuleCatalog.withUserRules(dir.resolve("no-rules")).rules();
        int narrowed;
        try (ArchiveFindings.Result found = new ArchiveFindings(engine).run(builtIn, HOURS, CancelSignal.never())) {
            narrowed = found.events().store().size();
        }
        try (ArchiveFindings.Result found = new ArchiveFindings(engine, false).run(builtIn, HOURS, CancelSignal.never())) {
            int unnarrowed = found.events().store().size();
            assertTrue(narrowed < unnarrowed / 2, narrowed + " narrowed, " + unnarrowed + " matching");
        }
    }

    @Test
    void withoutNarrowingEveryRuleStillFindsTheSame() throws Exception {
        try (ArchiveFindings.Result found = new ArchiveFindings(engine, false).run(rules, HOURS, CancelSignal.never())) {
            assertEquals(inMemory, FindingLines.of(found.findings(), found.events().store()));
        }
    }

    @Test
    void aRuleReadingLabelsIsRefusedWithItsReason() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("label-rules"));
        Files.writeString(folder.resolve("label.yaml"), """
                rules:
                  - id: labelled
                    title: Labelled events
                    severity: info
                    match:
                      query: label:evidence
                """);
        List<Rule> labelled = RuleCatalog.withUserRules(folder).rules().stream()
                .filter(r -> r.id().equals("labelled")).toList();
        UnsupportedSelectionException e = assertThrows(UnsupportedSelectionException.class,
                () -> new ArchiveFindings(engine).run(labelled, HOURS, CancelSignal.never()));
        assertTrue(e.getMessage().contains("label:"), e.getMessage());
    }
}
