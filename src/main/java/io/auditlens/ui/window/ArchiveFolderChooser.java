package io.auditlens.ui.window;

import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;

/** What File > Open archive… asks for a folder with: a {@link DirectoryChooser} unless a test set its own answer. */
final class ArchiveFolderChooser {

    private Function<Stage, Path> ask = ArchiveFolderChooser::showDialog;

    void set(Function<Stage, Path> chooser) {
        ask = chooser;
    }

    /** The folder chosen, or null when the user cancelled. */
    Path choose(Stage owner) {
        return ask.apply(owner);
    }

    private static Path showDialog(Stage owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open an index or an IBM Cloud Logs archive folder in archive mode");
        File folder = chooser.showDialog(owner);
        return folder == null ? null : folder.toPath();
    }
}
