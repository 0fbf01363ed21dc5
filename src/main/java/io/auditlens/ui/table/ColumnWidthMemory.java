package io.auditlens.ui.table;

import io.auditlens.task.FailureReason;
import io.auditlens.ui.common.ColumnLayout;
import io.auditlens.ui.common.EventTableColumn;
import io.auditlens.ui.common.TaskRunner;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.ui.window.Notice;
import io.auditlens.views.WindowSettings;
import io.auditlens.views.WindowSettingsStore;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.util.Duration;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the width the user gives each column across restarts, in the window settings file: read in a Task
 * when the window opens, written in a Task half a second after the last change (only widths that differ from the
 * default, so a later version's better defaults still reach columns nobody resized). A file that cannot be read
 * is set aside by the store and named in a notice; the columns then start at their defaults.
 */
public final class ColumnWidthMemory {

    // Below this a width is the default one: dragging back to it by hand is never exact.
    private static final double SAME = 0.5;

    private final ColumnLayout table;
    private final WindowSettingsStore store;
    private final ExplorerModel model;
    private final TaskRunner runner;
    private final PauseTransition pause = new PauseTransition(Duration.millis(500));
    private Map<String, Double> saved = Map.of();
    private boolean loaded;
    private boolean failureShown;

    public ColumnWidthMemory(ColumnLayout table, WindowSettingsStore store, ExplorerModel model, TaskRunner runner) {
        this.table = table;
        this.store = store;
        this.model = model;
        this.runner = runner;
        pause.setOnFinished(e -> save());
        table.onColumnWidthsChanged(() -> {
            if (loaded) {
                pause.playFromStart();
            }
        });
    }

    /** Reads the remembered widths and gives them to the columns. */
    public void load() {
        Task<WindowSettingsStore.Loaded> read = new Task<>() {
            @Override
            protected WindowSettingsStore.Loaded call() throws IOException {
                return store.load();
            }
        };
        read.setOnSucceeded(e -> {
            WindowSettingsStore.Loaded answer = read.getValue();
            table.setColumnWidths(EventTableColumn.widthsByColumn(answer.settings().columnWidths()));
            saved = changedWidths();
            loaded = true;
            answer.warning().ifPresent(w -> model.settingsNotices().add(new Notice(Notice.Kind.WARNING,
                    "Window settings", w + ".", false)));
        });
        read.setOnFailed(e -> {
            loaded = true;
            failed(read.getException());
        });
        runner.start(read);
    }

    /**
     * Writes a change not yet written, at once: when the window closes its background threads stop, and the file
     * is a few hundred bytes.
     */
    public void flush() {
        if (pause.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            pause.stop();
            Map<String, Double> widths = changedWidths();
            if (!widths.equals(saved)) {
                try {
                    store.save(new WindowSettings(widths));
                    saved = widths;
                } catch (IOException e) {
                    // The window is closing: nobody is left to tell, and the previous file is intact.
                }
            }
        }
    }

    private void save() {
        Map<String, Double> widths = changedWidths();
        if (widths.equals(saved)) {
            return;
        }
        saved = widths;
        Task<Void> write = new Task<>() {
            @Override
            protected Void call() throws IOException {
                store.save(new WindowSettings(widths));
                return null;
            }
        };
        write.setOnFailed(e -> failed(write.getException()));
        runner.start(write);
    }

    private Map<String, Double> changedWidths() {
        Map<String, Double> out = new LinkedHashMap<>();
        table.columnWidths().forEach((column, width) -> {
            if (Math.abs(width - column.width()) > SAME) {
                out.put(column.field().key(), width);
            }
        });
        return new WindowSettings(out).columnWidths();
    }

    private void failed(Throwable error) {
        if (!failureShown) {
            failureShown = true;
            model.settingsNotices().add(new Notice(Notice.Kind.ERROR, "Column widths are not remembered",
                    FailureReason.of(error), false));
        }
    }
}
