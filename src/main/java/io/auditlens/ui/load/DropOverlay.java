package io.auditlens.ui.load;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * The drop hint laid over the whole window while files are dragged over it: one zone replaces the data, the
 * other adds to it (only the first when nothing is loaded). Dropped files and folders go to the same load as
 * File > Open.
 */
public final class DropOverlay extends StackPane {

    private final BiConsumer<List<Path>, LoadMode> open;
    private final BooleanSupplier hasData;
    private final VBox replaceZone;
    private final VBox addZone;

    public DropOverlay(BiConsumer<List<Path>, LoadMode> open, BooleanSupplier hasData) {
        this.open = open;
        this.hasData = hasData;
        setId("dropOverlay");
        getStyleClass().add("drop-overlay");
        replaceZone = zone(new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE), "Open", "replace the loaded events",
                LoadMode.REPLACE);
        addZone = zone(new FontIcon(MaterialDesignT.TRAY_PLUS), "Add", "add to the loaded events",
                LoadMode.ADD);
        HBox zones = new HBox(24, replaceZone, addZone);
        zones.setAlignment(Pos.CENTER);
        HBox.setHgrow(replaceZone, Priority.ALWAYS);
        HBox.setHgrow(addZone, Priority.ALWAYS);
        getChildren().add(zones);
        setVisible(false);
    }

    /** Wires drag events of the node the overlay covers (the window's root). */
    public void attachTo(Region root) {
        root.addEventFilter(DragEvent.DRAG_ENTERED, e -> {
            if (e.getDragboard().hasFiles()) {
                addZone.setVisible(hasData.getAsBoolean());
                addZone.setManaged(addZone.isVisible());
                setVisible(true);
            }
        });
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        root.setOnDragExited(e -> setVisible(false));
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            // A drop outside both zones (on the gap between them) opens, like the first zone.
            if (!e.isConsumed()) {
                e.setDropCompleted(drop(e.getDragboard(), LoadMode.REPLACE));
                e.consume();
            }
        });
    }

    /** Handles files dropped in a zone; the entry point tests use as a drop. */
    public boolean drop(List<File> files, LoadMode mode) {
        setVisible(false);
        if (files.isEmpty()) {
            return false;
        }
        open.accept(files.stream().map(File::toPath).toList(), hasData.getAsBoolean() ? mode : LoadMode.REPLACE);
        return true;
    }

    private boolean drop(Dragboard board, LoadMode mode) {
        return board.hasFiles() && drop(board.getFiles(), mode);
    }

    private VBox zone(FontIcon icon, String title, String text, LoadMode mode) {
        icon.getStyleClass().add("drop-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add("drop-title");
        Label hint = new Label(text);
        hint.getStyleClass().add("drop-text");
        VBox zone = new VBox(8, icon, heading, hint);
        zone.setAlignment(Pos.CENTER);
        zone.getStyleClass().add("drop-zone");
        zone.setMaxWidth(360);
        zone.setMaxHeight(220);
        zone.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                zone.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("hover"), true);
            }
            e.consume();
        });
        zone.setOnDragExited(e -> zone.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("hover"), false));
        zone.setOnDragDropped(e -> {
            e.setDropCompleted(drop(e.getDragboard(), mode));
            e.consume();
        });
        return zone;
    }
}
