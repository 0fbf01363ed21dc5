package io.auditlens.ui.window;

import io.auditlens.ui.load.LoadMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** The file and folder dialogs of File &gt; Open and Add; each answers the paths chosen, none when cancelled. */
final class OpenDialogs {

    private OpenDialogs() {
    }

    static List<Path> files(Window owner, LoadMode mode) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(mode == LoadMode.ADD ? "Add activity event exports" : "Open activity event exports");
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    static List<Path> folder(Window owner, LoadMode mode) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(mode == LoadMode.ADD ? "Add a folder of exports" : "Open a folder of exports");
        File folder = chooser.showDialog(owner);
        return folder == null ? List.of() : List.of(folder.toPath());
    }
}
