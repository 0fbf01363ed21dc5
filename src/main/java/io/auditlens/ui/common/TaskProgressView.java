package io.auditlens.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** While a background job runs (a load, an export): its title, a progress bar, its message and Cancel. */
public class TaskProgressView extends HBox {

    private final Label title = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Label message = new Label();

    /**
     * @param id       the node's id
     * @param cancelId the Cancel button's id
     * @param running  the job under way, or null; the view shows while there is one
     * @param cancel   asks the job to stop
     */
    public TaskProgressView(String id, String cancelId, ObservableValue<? extends Task<?>> running, Runnable cancel) {
        setId(id);
        getStyleClass().add("load-progress");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        bar.setPrefWidth(260);
        Button stop = new Button("Cancel");
        stop.setId(cancelId);
        stop.setOnAction(e -> cancel.run());
        getChildren().addAll(title, bar, message, stop);
        running.addListener((obs, old, task) -> bind(task));
        bind(running.getValue());
    }

    private void bind(Task<?> task) {
        title.textProperty().unbind();
        bar.progressProperty().unbind();
        message.textProperty().unbind();
        setVisible(task != null);
        setManaged(task != null);
        if (task != null) {
            title.textProperty().bind(task.titleProperty());
            bar.progressProperty().bind(task.progressProperty());
            message.textProperty().bind(task.messageProperty());
        }
    }
}
