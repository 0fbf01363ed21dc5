package io.auditlens.sample;

import io.auditlens.findings.Condition;
import io.auditlens.findings.Findings;
import io.auditlens.findings.KeySpec;
import io.auditlens.findings.Rule;
import io.auditlens.findings.RuleCatalog;
import io.auditlens.findings.RuleEngine;
import io.auditlens.findings.RuleQuery;
import io.auditlens.findings.RuleResult;
import io.auditlens.findings.Severity;
import io.auditlens.findings.WorkingHours;
import io.auditlens.ingest.Loader;
import io.auditlens.query.SelectionEngine;
import io.auditlens.store.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated sample shows every built-in rule's situation, and the near-misses that must not fire. */
class SampleFindingsTest {

    private static SelectionEngine engine;

    @BeforeAll
    static void generate() throws Exception {
        Path dir = Files.createTempDirectory("sample-findings");
        Path file = dir.resolve("sample.ndjson");
        List<String> lines = new ArrayList<>();
        SampleFixtures.events(42, 5000).forEach(e -> lines.add(e.toString()));
        Files.write(file, lines);
        EventStore store = new Loader().load(List.of(file)).store();
        engine = new SelectionEngine(store);
        file.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
    }

    private static RuleResult run(Rule rule) {
        return new RuleEngine(WorkingHours.DEFAULT).run(engine, List.of(rule)).results().get(0);
    }

    @Test
    void everyBuiltInRuleFindsSomethingInTheSample() {
        Findings all = new RuleEngine(WorkingHours.DEFAULT).run(engine, RuleCatalog.builtIn().rules());
        for (RuleResult r : all.results()) {
            assertTrue(!r.hits().isEmpty(), r.rule().id() + " finds something");
        }
    }

    @Test
    void nineFailuresInTenMinutesAreThereButDoNotFire() throws Exception {
        Rule failureBurst = RuleCatalog.builtIn().find("failure-burst").orElseThrow();
        Rule oneShort = new Rule("nine", "Nine", Severity.INFO, "", new Condition.Threshold(
                RuleQuery.parse("outcome:failure"), KeySpec.of("initiator"), 9, Duration.ofMinutes(10)));

        List<Integer> bursts = run(failureBurst).hits().stream().map(f -> f.eventCount()).toList();
        List<Integer> nines = run(oneShort).hits().stream().map(f -> f.eventCount()).filter(n -> n == 9).toList();

        assertEquals(List.of(12, 12, 12), bursts);
        assertEquals(3, nines.size(), "three bursts of exactly nine failures");
    }

    @Test
    void aFailReadFollowedByAnOkReadBeforeThePullDoesNotFire() throws Exception {
        Rule pullAfterFail = RuleCatalog.builtIn().find("pull-after-fail").orElseThrow();
        Condition.Sequence c = (Condition.Sequence) pullAfterFail.condition();
        Rule withoutUnless = new Rule("no-unless", "No unless", Severity.INFO, "",
                new Condition.Sequence(c.first(), c.then(), c.key(), Duration.ofHours(3), null));
        Rule okThenPull = new Rule("ok-then-pull", "OK then pull", Severity.INFO, "", new Condition.Sequence(
                c.unless(), c.then(), c.key(), Duration.ofHours(2), null));

        java.util.Set<Integer> pulledAfterOk = new java.util.HashSet<>();
        run(okThenPull).hits().forEach(f -> pulledAfterOk.add(f.row(1)));
        java.util.Set<Integer> flagged = new java.util.HashSet<>();
        run(pullAfterFail).hits().forEach(f -> flagged.add(f.row(1)));

        long nearMisses = run(withoutUnless).hits().stream()
                .filter(f -> pulledAfterOk.contains(f.row(1)) && !flagged.contains(f.row(1))).count();
        assertTrue(nearMisses >= 3, "pulls after FAIL then OK reads: " + nearMisses);
    }
}
