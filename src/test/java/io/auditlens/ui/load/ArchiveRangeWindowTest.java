package io.auditlens.ui.load;

import io.auditlens.ui.TestExports;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.window.LoadedData;
import io.auditlens.ui.window.MainWindow;
import io.auditlens.ingest.ArchivePartitions;
import io.auditlens.ingest.LoadResult;
import io.auditlens.ingest.Loader;
import io.auditlens.ingest.PartitionWindow;
import io.auditlens.sample.SampleFormat;
import io.auditlens.sample.SampleSettings;
import io.auditlens.sample.SampleWriter;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.auditlens.ui.TestWindows.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening an IBM Cloud Logs archive folder in the real window asks which days to load, headless. */
@ExtendWith(ApplicationExtension.class)
class ArchiveRangeWindowTest {

    /** A few dozen events over four days: an hourly archive of a few dozen small Parquet files. */
    private static final SampleSettings SETTINGS =
            new SampleSettings(11, 40, SampleSettings.DEFAULT_START, Duration.ofDays(4));

    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir);
    }

    private Path archive() throws Exception {
        Path archive = dir.resolve("archive");
        new SampleWriter().write(SETTINGS, SampleFormat.CLOUD_LOGS_PARQUET, false, archive);
        return archive;
    }

    @Test
    void aNarrowerRangeTypedInTheDialogLoadsWhatTheEngineLoadsForIt(FxRobot robot) throws Exception {
        Path archive = archive();
        LocalDate first = ArchivePartitions.of(List.of(archive)).firstDay();
        LocalDate from = first.plusDays(1);
        LocalDate to = first.plusDays(2);

        dropAndWaitForDialog(robot, archive);
        assertEquals(first, robot.lookup("#archiveFromDay").queryAs(DatePicker.class).getValue(),
                "the whole archive at first");
        replaceText(robot, robot.lookup("#archiveFromDay").queryAs(DatePicker.class).getEditor(), from.toString());
        replaceText(robot, robot.lookup("#archiveFromHour").queryAs(Spinner.class).getEditor(), "06");
        replaceText(robot, robot.lookup("#archiveToDay").queryAs(DatePicker.class).getEditor(), to.toString());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> window.model().getResult() != null && window.loads().runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();

        PartitionWindow chosen = PartitionWindow.ofHours(from.atTime(6, 0), to.atTime(23, 0));
        LoadResult engine = new Loader(2).load(List.of(archive), chosen);
        LoadedData data = window.model().getData();
        assertEquals(chosen, data.window());
        assertEquals(engine.store().size(), data.store().size());
        assertTrue(data.store().size() > 0 && data.store().size() < SETTINGS.events(), data.store().size() + " events");
        assertEquals(engine.filesOutsideWindow(), data.report().filesOutsideWindow());
        assertTrue(engine.filesOutsideWindow() > 0);
        String status = robot.lookup("#statusFiles").queryLabeled().getText();
        assertTrue(status.endsWith(engine.filesOutsideWindow() + " outside the date range"), status);
        assertTrue(data.report().leftOutSentence().contains(from + " 06:00 – " + to + " 23:59 UTC"),
                data.report().leftOutSentence());
    }

    @Test
    void escapeLoadsNothing(FxRobot robot) throws Exception {
        dropAndWaitForDialog(robot, archive());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(robot.lookup("#archiveFromDay").tryQuery().isPresent(), "the dialog closed");
        assertNull(window.loads().runningProperty().get());
        assertNull(window.model().getData());
    }

    @Test
    void addingAPlainExportAsksNothingAndKeepsTheArchivesRange(FxRobot robot) throws Exception {
        Path archive = archive();
        dropAndWaitForDialog(robot, archive);
        LocalDate last = robot.lookup("#archiveToDay").queryAs(DatePicker.class).getValue();
        robot.interact(() -> robot.lookup("#archiveFromDay").queryAs(DatePicker.class).setValue(last));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> window.model().getData() != null && window.loads().runningProperty().get() == null);
        LoadedData archiveOnly = window.model().getData();

        Path plain = TestExports.mixed(dir, "events.ndjson", 20);
        robot.interact(() -> window.dropOverlay().drop(List.of(plain.toFile()), LoadMode.ADD));
        waitUntil(() -> window.model().getData() != archiveOnly && window.loads().runningProperty().get() == null);

        LoadedData both = window.model().getData();
        assertEquals(archiveOnly.window(), both.window());
        assertEquals(archiveOnly.store().size() + 20, both.store().size());
        assertEquals(archiveOnly.report().filesOutsideWindow(), both.report().filesOutsideWindow());
    }

    private void dropAndWaitForDialog(FxRobot robot, Path archive) {
        robot.interact(() -> window.dropOverlay().drop(List.of(archive.toFile()), LoadMode.REPLACE));
        waitUntil(() -> robot.lookup("#archiveFromDay").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void replaceText(FxRobot robot, TextField field, String text) {
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
    }
}
