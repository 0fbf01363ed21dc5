package io.auditlens.ui.export;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** Asks where to save a file; the window's uses the system's save dialog, tests answer with a path of their own. */
@FunctionalInterface
public interface SaveChooser {

    /**
     * The file chosen, or empty when the person cancels.
     *
     * @param suggested the file proposed (its folder opens, its name is filled in)
     * @param kind      what the files are, e.g. "CSV files"
     * @param extension how their names end, with the dot
     */
    Optional<Path> choose(Window owner, String title, Path suggested, String kind, String extension);

    /** The system's save dialog. */
    static SaveChooser system() {
        return (owner, title, suggested, kind, extension) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            Path folder = suggested.toAbsolutePath().getParent();
            if (folder != null && folder.toFile().isDirectory()) {
                chooser.setInitialDirectory(folder.toFile());
            }
            chooser.setInitialFileName(suggested.getFileName().toString());
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(kind, "*" + extension),
                    new FileChooser.ExtensionFilter("All files", "*"));
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }
}
