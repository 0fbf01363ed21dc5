package io.auditlens.ui.load;

import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** While a load runs: what is being loaded, a progress bar, bytes and events per second, and Cancel. */
public final class LoadProgressView extends HBox {

    private final Label title = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Label message = new Label();

    public LoadProgressView(LoadCoordinator loads) {
        setId("loadProgress");
        getStyleClass().add("load-progress");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        bar.setPrefWidth(260);
        Button cancel = new Button("Cancel");
        cancel.setId("cancelLoad");
        cancel.setOnAction(e -> loads.cancel());
        getChildren().addAll(title, bar, message, cancel);
        loads.runningProperty().addListener((obs, old, task) -> bind(task));
        bind(null);
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
