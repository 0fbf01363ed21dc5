package io.auditlens.ui.views;

import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.common.EventTableColumn;
import io.auditlens.ui.timeline.DigestTimelineWindowTest;
import io.auditlens.ui.window.Notice;
import io.auditlens.views.SavedView;
import io.auditlens.views.ViewEntry;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.auditlens.ui.TestWindows.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Column widths remembered across restarts, and a saved view that brings back its columns and their widths. */
@ExtendWith(ApplicationExtension.class)
class ColumnMemoryWindowTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // Each test opens its own windows over its own configuration folder.
    }

    @Test
    void aColumnWidenedByItsHeaderEdgeIsAsWideAfterARestart(FxRobot robot) throws Exception {
        TestWindows.Opened first = open();
        TableView<Integer> table = first.window().table().tableView();
        TableColumn<Integer, ?> initiator = column(table, "column-initiator");
        double widened = initiator.getWidth() + 60;

        robot.interact(() -> table.resizeColumn(initiator, 60));
        Path settings = TestWindows.config(dir).resolve("window.json");
        waitUntil(() -> Files.exists(settings) && Files.readString(settings).contains("\"initiator\""));
        robot.interact(first.stage()::close);

        TestWindows.Opened second = open();
        TableColumn<Integer, ?> again = column(second.window().table().tableView(), "column-initiator");
        waitUntil(() -> Math.abs(again.getWidth() - widened) < 1);
        assertEquals(EventTableColumn.TIME.width(), column(second.window().table().tableView(), "column-time")
                .getWidth(), 1, "columns nobody resized keep their default");
    }

    @Test
    void aViewRoundTripsItsColumnsAndTheirWidths(FxRobot robot) throws Exception {
        TestWindows.Opened first = open();
        robot.interact(() -> {
            first.window().table().showColumns(List.of(EventTableColumn.TIME, EventTableColumn.REGION,
                    EventTableColumn.ACTION, EventTableColumn.TARGET));
            column(first.window().table().tableView(), "column-target").setPrefWidth(333);
        });
        robot.interact(() -> first.window().savedViews().saveCurrent("Wide targets"));
        waitUntil(() -> first.window().savedViews().entries().stream().anyMatch(e -> e.name().equals("Wide targets")));
        robot.interact(first.stage()::close);

        TestWindows.Opened second = open();
        TableView<Integer> table = second.window().table().tableView();
        assertEquals(EventTableColumn.defaults(), second.window().table().visibleColumns());
        SavedView view = second.window().savedViews().entries().stream().filter(e -> e.name().equals("Wide targets"))
                .map(ViewEntry::view).findFirst().orElseThrow();
        assertEquals(333.0, view.columnWidths().get("target"));

        robot.interact(() -> second.window().savedViews().apply(view));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(EventTableColumn.TIME, EventTableColumn.REGION, EventTableColumn.ACTION,
                EventTableColumn.TARGET), second.window().table().visibleColumns());
        assertEquals(333, column(table, "column-target").getWidth(), 1);
    }

    @Test
    void aCorruptSettingsFileIsSetAsideWithAWarningAndTheColumnsStartAtTheirDefaults(FxRobot robot)
            throws Exception {
        Path config = Files.createDirectories(TestWindows.config(dir));
        Files.writeString(config.resolve("window.json"), "{\"auditlensSettings\": 1, \"columnWidths\": {\"ip\": 9",
                StandardCharsets.UTF_8);

        TestWindows.Opened opened = open();

        waitUntil(() -> opened.window().model().settingsNotices().stream()
                .anyMatch(n -> n.kind() == Notice.Kind.WARNING && n.text().contains("window.json.corrupt-")));
        try (Stream<Path> files = Files.list(config)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("window.json.corrupt-")));
        }
        assertEquals(EventTableColumn.IP.width(), column(opened.window().table().tableView(), "column-ip").getWidth(), 1);
    }

    private TestWindows.Opened open() throws Exception {
        Path events = dir.resolve("events.ndjson");
        if (!Files.exists(events)) {
            TestInputs.ndjson(dir, events.getFileName().toString(),
                    DigestTimelineWindowTest.events().stream().map(EventJson::json).toList());
        }
        return TestWindows.open(dir, events, 14);
    }

    private static TableColumn<Integer, ?> column(TableView<Integer> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }
}
