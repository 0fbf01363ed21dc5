package io.auditlens.ui.evidence;

import io.auditlens.engine.SelectionResult;
import io.auditlens.evidence.RowEvidence;
import io.auditlens.ui.TestWindows;
import io.auditlens.ui.load.LoadMode;
import io.auditlens.ui.window.MainWindow;
import io.auditlens.ui.window.Notice;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.auditlens.ui.TestWindows.waitUntil;

/** What the case window tests do over and over: load, select table lines, label them, query, reopen. */
final class CaseWindows {

    private CaseWindows() {
    }

    /** Loads an export into the window and waits until the table lists its events. */
    static void load(FxRobot robot, MainWindow w, Path export, int events) {
        robot.interact(() -> w.open(List.of(export), LoadMode.REPLACE));
        waitUntil(() -> w.model().getResult() != null && w.model().getResult().rows().length == events
                && w.model().getData().inputs().contains(export.toAbsolutePath().normalize()));
    }

    /** Selects table lines (by index in the table's order), focuses the table and returns their store rows. */
    static Set<Integer> select(FxRobot robot, MainWindow w, int... indices) {
        TableView<Integer> table = w.table().tableView();
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectIndices(indices[0], Arrays.copyOfRange(indices, 1, indices.length));
            table.requestFocus();
        });
        return Set.copyOf(w.model().selectedRows());
    }

    /** Presses Ctrl with a key on the focused table. */
    static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
    }

    /** The store rows carrying a label. */
    static Set<Integer> labelled(MainWindow w, String label) {
        RowEvidence rows = w.model().annotationsProperty().get();
        return Arrays.stream(rows.annotatedRows()).filter(r -> rows.labels(r).stream().anyMatch(label::equals))
                .boxed().collect(Collectors.toSet());
    }

    /** The rows matching a query, once the engine has answered it. */
    static Set<Integer> queried(FxRobot robot, MainWindow w, String query) {
        robot.interact(() -> w.model().updateRequest(r -> r.withQuery(query)));
        waitUntil(() -> {
            SelectionResult result = w.model().getResult();
            return result != null && result.request().query().equals(query);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return Arrays.stream(w.model().getResult().rows()).boxed().collect(Collectors.toSet());
    }

    /** Saves the window's case as {@code file} and waits until the window works on it. */
    static void saveAs(FxRobot robot, MainWindow w, Path file) {
        robot.interact(() -> w.evidence().saveAs(file));
        waitUntil(() -> file.equals(w.evidence().file()));
    }

    /** A new window over the same configuration folder, the old one closed, as a restart does. */
    static MainWindow restart(FxRobot robot, MainWindow old, Path dir) {
        robot.interact(() -> ((Stage) old.scene().getWindow()).hide());
        MainWindow[] restarted = new MainWindow[1];
        robot.interact(() -> restarted[0] = TestWindows.show(new Stage(), dir));
        waitUntil(() -> restarted[0].evidence().opened());
        return restarted[0];
    }

    /** Opens a case file as a file argument or a drop does, and waits until the window works on it. */
    static void openCase(FxRobot robot, MainWindow w, Path file) {
        robot.interact(() -> w.open(List.of(file), LoadMode.REPLACE));
        waitUntil(() -> file.equals(w.evidence().file()));
    }

    /** The notice about the window's own files whose title contains {@code words}, once shown. */
    static Notice notice(MainWindow w, String words) {
        waitUntil(() -> w.model().settingsNotices().stream().anyMatch(n -> n.title().contains(words)));
        return w.model().settingsNotices().stream().filter(n -> n.title().contains(words)).findFirst().orElseThrow();
    }

    /** Closes the window. */
    static void close(FxRobot robot, MainWindow w) {
        robot.interact(() -> ((Stage) w.scene().getWindow()).hide());
    }
}
