package io.auditlens.spark;

import io.auditlens.engine.ArchiveFindings;
import io.auditlens.engine.ArchiveIndexer;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in rules on Spark ({@code local[2]}) find what they find over the same events loaded in memory. */
class SparkFindingsTest {

    private static final WorkingHours HOURS = WorkingHours.parse("Mon-Fri 07:00-19:00 UTC");

    @TempDir
    Path dir;

    @Test
    void theBuiltInRulesFindTheSameEventsAsInMemory() throws Exception {
        Path archive = SampleArchives.generate(dir.resolve("archive"), 1500, 7);
        Path index = dir.resolve("index");
        new ArchiveIndexer().build(archive, index, (s, done, total, n) -> { }, CancelSignal.never());
        List<Rule> rules = RuleCatalog.withUserRules(dir.resolve("no-rules")).rules();
        LoadResult loaded = new Loader().load(List.of(archive));
        List<String> expected = FindingLines.of(new RuleEngine(HOURS).run(new SelectionEngine(loaded.store()), rules),
                loaded.store());
        try (SparkEngine spark = SparkEngine.open(index, "local[2]");
             ArchiveFindings.Result found = new ArchiveFindings(spark).run(rules, HOURS, CancelSignal.never())) {
            assertEquals(expected, FindingLines.of(found.findings(), found.events().store()));
        }
        assertTrue(expected.stream().filter(r -> r.contains("\n")).count() >= 12, expected.toString());
    }
}
