package io.auditlens.ui.window;

import io.auditlens.engine.EngineSelectionBackend;
import io.auditlens.ui.load.BundledSample;
import io.auditlens.ui.load.LoadMode;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The JavaFX application: opens the main window with the files named on the command line, or the sample. */
public final class AuditLensApplication extends Application {

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, new ThemeSwitcher(), EngineSelectionBackend::new);
        window.setBrowser(getHostServices()::showDocument);
        stage.show();
        List<Path> files = getParameters().getRaw().stream().map(Path::of).toList();
        if (!files.isEmpty()) {
            window.open(files, LoadMode.REPLACE);
            return;
        }
        Task<Optional<Path>> findSample = new Task<>() {
            @Override
            protected Optional<Path> call() throws Exception {
                return BundledSample.locate();
            }
        };
        findSample.setOnSucceeded(e -> findSample.getValue().ifPresent(p -> window.open(List.of(p), LoadMode.REPLACE)));
        window.runner().start(findSample);
    }
}
