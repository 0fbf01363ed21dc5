package io.auditlens.ui;

import io.auditlens.query.QuerySyntaxException;
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
    private Task<SelectionResult> running;

    public SelectionRefresher(ExplorerModel model, TaskRunner runner) {
        this.model = model;
        this.runner = runner;
        model.dataProperty().addListener((obs, old, data) -> refresh());
        model.requestProperty().addListener((obs, old, request) -> refresh());
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

    /** Whether an engine call is under way. */
    public boolean isBusy() {
        return running != null && !running.isDone();
    }

    private void refresh() {
        if (running != null) {
            running.cancel(false);
        }
        LoadedData data = model.getData();
        if (data == null) {
            model.resultProperty().set(null);
            running = null;
            return;
        }
        long requested = System.nanoTime();
        SelectionRequest request = model.requestProperty().get();
        SelectionBackend backend = data.backend();
        Task<SelectionResult> task = new Task<>() {
            @Override
            protected SelectionResult call() throws Exception {
                return backend.evaluate(request);
            }
        };
        task.setOnSucceeded(e -> {
            if (task != running || model.getData() != data) {
                return;
            }
            model.queryErrorProperty().set(null);
            engineError.set(null);
            model.resultProperty().set(task.getValue());
            lastUpdateMillis.set((System.nanoTime() - requested) / 1_000_000);
        });
        task.setOnFailed(e -> {
            if (task != running) {
                return;
            }
            if (task.getException() instanceof QuerySyntaxException syntax) {
                model.queryErrorProperty().set(syntax);
            } else {
                engineError.set(String.valueOf(task.getException().getMessage()));
            }
        });
        running = runner.start(task);
    }
}
