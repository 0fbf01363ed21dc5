package io.auditlens.ui.window;

import io.auditlens.task.FailureReason;
import io.auditlens.engine.SelectionBackend;
import io.auditlens.engine.SelectionRequest;
import io.auditlens.engine.SelectionResult;
import io.auditlens.engine.UnsupportedSelectionException;
import io.auditlens.ui.common.TaskRunner;
import io.auditlens.task.CancelSignal;
import io.auditlens.query.QuerySyntaxException;
import io.auditlens.query.RowAnnotations;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

/**
 * Asks the engine again whenever the data or the request changes, in a background Task, and publishes the answer
 * on the model. A newer request supersedes a running one, whose late answer is dropped.
 */
public final class SelectionRefresher {

    private final ExplorerModel model;
    private final TaskRunner runner;
    private final ReadOnlyLongWrapper lastUpdateMillis = new ReadOnlyLongWrapper(this, "lastUpdateMillis", -1);
    private final ReadOnlyObjectWrapper<String> engineError = new ReadOnlyObjectWrapper<>(this, "engineError");
    private final ReadOnlyObjectWrapper<Task<SelectionResult>> current = new ReadOnlyObjectWrapper<>(this, "running");
    private Task<SelectionResult> running;

    public SelectionRefresher(ExplorerModel model, TaskRunner runner) {
        this.model = model;
        this.runner = runner;
        model.dataProperty().addListener((obs, old, data) -> refresh());
        model.requestProperty().addListener((obs, old, request) -> refresh());
        // A label or note changed: label: and note: terms may now match other rows.
        model.annotationsProperty().addListener((obs, old, annotations) -> refresh());
    }

    /**
     * Milliseconds from the last request change to its answer being applied to every panel (the panels update
     * in the listeners of {@link ExplorerModel#resultProperty()}); -1 before the first answer.
     */
    public ReadOnlyLongProperty lastUpdateMillisProperty() {
        return lastUpdateMillis.getReadOnlyProperty();
    }

    /** The message of an unexpected engine failure, or null. */
    public ReadOnlyObjectProperty<String> engineErrorProperty() {
        return engineError.getReadOnlyProperty();
    }

    /** The engine call under way, or null; its progress is set only while raw events are scanned. */
    public ReadOnlyObjectProperty<Task<SelectionResult>> runningProperty() {
        return current.getReadOnlyProperty();
    }

    private void refresh() {
        if (running != null) {
            running.cancel(false);
        }
        LoadedData data = model.getData();
        if (data == null) {
            model.resultProperty().set(null);
            running = null;
            current.set(null);
            return;
        }
        long requested = System.nanoTime();
        SelectionRequest request = model.requestProperty().get();
        SelectionBackend backend = data.backend();
        RowAnnotations annotations = model.annotationsProperty().get();
        CancelSignal cancel = new CancelSignal();
        Task<SelectionResult> task = new Task<>() {
            @Override
            protected SelectionResult call() throws Exception {
                return backend.evaluate(request, annotations, this::updateProgress, cancel);
            }

            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                cancel.cancel();
                return super.cancel(mayInterruptIfRunning);
            }
        };
        task.setOnSucceeded(e -> {
            if (task != running || model.getData() != data) {
                return;
            }
            current.set(null);
            model.queryErrorProperty().set(null);
            model.queryRefusalProperty().set(null);
            engineError.set(null);
            model.resultProperty().set(task.getValue());
            lastUpdateMillis.set((System.nanoTime() - requested) / 1_000_000);
        });
        task.setOnFailed(e -> {
            if (task != running) {
                return;
            }
            current.set(null);
            if (task.getException() instanceof QuerySyntaxException syntax) {
                model.queryErrorProperty().set(syntax);
            } else if (task.getException() instanceof UnsupportedSelectionException refused) {
                model.queryErrorProperty().set(null);
                model.queryRefusalProperty().set(refused.getMessage());
            } else {
                engineError.set(FailureReason.of(task.getException()));
            }
        });
        running = runner.start(task);
        current.set(task);
    }
}
