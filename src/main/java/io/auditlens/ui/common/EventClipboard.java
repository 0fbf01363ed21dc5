package io.auditlens.ui.common;

import io.auditlens.task.FailureReason;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.ui.window.LoadedData;
import io.auditlens.ui.window.Notice;
import io.auditlens.store.RawEvents;
import javafx.concurrent.Task;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Puts table text and events' original JSON on the system clipboard; the JSON is read from disk in a Task. */
public final class EventClipboard {

    private final ExplorerModel model;
    private final TaskRunner runner;

    public EventClipboard(ExplorerModel model, TaskRunner runner) {
        this.model = model;
        this.runner = runner;
    }

    /** Copies plain text. */
    public static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Copies the original JSON of a store row once it has been read. */
    public void copyEventJson(int row) {
        LoadedData data = model.getData();
        if (data == null || row < 0) {
            return;
        }
        RawEvents raw = data.raw();
        Task<String> read = new Task<>() {
            @Override
            protected String call() throws Exception {
                return raw.text(row);
            }
        };
        read.setOnSucceeded(e -> copy(read.getValue()));
        read.setOnFailed(e -> model.notices().add(new Notice(Notice.Kind.ERROR, "Cannot copy the event",
                FailureReason.of(read.getException()), false)));
        runner.start(read);
    }
}
