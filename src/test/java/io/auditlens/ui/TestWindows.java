package io.auditlens.ui;

import io.auditlens.engine.EngineSelectionBackend;
import io.auditlens.ui.window.MainWindow;
import io.auditlens.ui.window.ThemeSwitcher;
import io.auditlens.views.ViewStore;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** Opens the real main window for tests, its saved views kept in the test's own folder, and waits on it. */
public final class TestWindows {

    private TestWindows() {
    }

    /** A shown window whose views live in {@code dir/config}; call on the JavaFX thread. */
    public static MainWindow show(Stage stage, Path dir) {
        MainWindow window = new MainWindow(stage, new ThemeSwitcher(), EngineSelectionBackend::new,
                new ViewStore(config(dir)));
        stage.show();
        return window;
    }

    /** A window and its stage, for tests that open several over one configuration folder. */
    public record Opened(Stage stage, MainWindow window) {
    }

    /**
     * A new window over {@code dir}'s configuration folder with {@code events} loaded, once its saved views are
     * read and all {@code total} events are shown; call off the JavaFX thread.
     */
    public static Opened open(Path dir, Path events, int total) throws Exception {
        Opened opened = WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            MainWindow window = show(stage, dir);
            window.open(java.util.List.of(events), io.auditlens.ui.load.LoadMode.REPLACE);
            return new Opened(stage, window);
        }).get();
        waitUntil(() -> opened.window().savedViews().loadedProperty().get() && opened.window().model().getResult() != null
                && opened.window().model().getResult().total() == total);
        WaitForAsyncUtils.waitForFxEvents();
        return opened;
    }

    /** The configuration folder of windows shown over {@code dir}. */
    public static Path config(Path dir) {
        return dir.resolve("config");
    }

    // A generous bound: the condition is what is tested, not the time it takes.
    public static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not reached", e);
        }
    }
}
