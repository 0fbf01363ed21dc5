package io.auditlens.ui.findings;

import io.auditlens.cli.Cli;
import io.auditlens.engine.ArchiveRow;
import io.auditlens.engine.IndexColumn;
import io.auditlens.findings.Findings;
import io.auditlens.findings.RuleCatalog;
import io.auditlens.findings.RuleEngine;
import io.auditlens.findings.RuleResult;
import io.auditlens.findings.WorkingHours;
import io.auditlens.ingest.Loader;
import io.auditlens.query.SelectionEngine;
import io.auditlens.store.EventStore;
import io.auditlens.testdata.SampleArchives;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.load.LoadMode;
import io.auditlens.ui.window.MainWindow;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.auditlens.ui.TestWindows.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Findings tab over an index in archive mode: the rules run on DuckDB, their hit counts equal those over the same
 * events loaded in memory, and Enter on a finding's event shows it in the detail pane.
 */
@ExtendWith(ApplicationExtension.class)
class ArchiveFindingsWindowTest {

    @TempDir
    static Path shared;

    private static Path index;
    private static Findings inMemory;
    private static EventStore loaded;

    @TempDir
    Path dir;

    private MainWindow window;

    @BeforeAll
    static void generate() {
        Path archive = SampleArchives.generate(shared.resolve("archive"), 1500, 7);
        index = shared.resolve("index");
        StringWriter err = new StringWriter();
        assertEquals(0, Cli.run(new String[] {"index", archive.toString(), "--out", index.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
        loaded = new Loader().load(List.of(archive)).store();
        inMemory = new RuleEngine(WorkingHours.DEFAULT).run(new SelectionEngine(loaded),
                RuleCatalog.withUserRules(shared.resolve("no-rules")).rules());
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir);
    }

    @Test
    void theRulesRunOnTheEngineAndAFindingsEventOpensInTheDetailPane(FxRobot robot) {
        robot.interact(() -> window.open(List.of(index), LoadMode.REPLACE));
        robot.clickOn("#findingsTab");
        FindingsPanel panel = window.digests().findings();
        TableView<RuleResult> rules = panel.ruleTable();
        Label status = robot.lookup("#findingsStatus").queryAs(Label.class);
        waitUntil(() -> rules.getItems().size() == 16 && status.getText().contains(" findings from "));

        assertEquals(counts(inMemory.results()), counts(rules.getItems()));
        assertEquals(String.format("%,d findings from %d of 16 rules", inMemory.total(),
                inMemory.results().stream().filter(r -> !r.hits().isEmpty()).count()), status.getText());

        robot.interact(() -> rules.getSelectionModel().select(rules.getItems().stream()
                .filter(r -> r.rule().id().equals("pull-after-fail")).findFirst().orElseThrow()));
        TableView<Integer> events = panel.eventTable();
        waitUntil(() -> events.getItems().size() == 2);
        long pullTime = rules.getSelectionModel().getSelectedItem().hits().get(0).last();
        robot.interact(() -> {
            events.requestFocus();
            events.getSelectionModel().select(1);
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> window.model().selectedArchiveRowProperty().get() != null);
        ArchiveRow shown = window.model().selectedArchiveRowProperty().get();
        assertEquals("container-registry.image.pull", shown.text(IndexColumn.ACTION));
        assertEquals(pullTime, shown.time());
    }

    private static Map<String, Integer> counts(List<RuleResult> results) {
        Map<String, Integer> out = new LinkedHashMap<>();
        results.forEach(r -> out.put(r.rule().id(), r.hits().size()));
        return out;
    }
}
