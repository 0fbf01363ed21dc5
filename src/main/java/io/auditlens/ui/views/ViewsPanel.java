package io.auditlens.ui.views;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import io.auditlens.views.SavedView;
import io.auditlens.views.ViewEntry;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

import java.io.File;
import java.util.List;
import java.util.Optional;

/**
 * The Views section above the facets: the built-in views (marked with a lock) and the user's saved views; one
 * click applies a view. Saving (Ctrl+S), renaming, copying, deleting, exporting and importing are offered by its
 * buttons, its context menu and the View menu; the work itself is {@link SavedViews}'.
 */
public final class ViewsPanel extends TitledPane {

    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final SavedViews views;
    private final ListView<ViewEntry> list = new ListView<>();
    private final BooleanBinding noneSelected;
    private final BooleanBinding noSavedSelected;
    private String lastSelected;

    public ViewsPanel(SavedViews views) {
        this.views = views;
        setId("viewsPanel");
        getStyleClass().add("views-panel");
        setText("Views");
        setAnimated(false);
        // Above the long facet list in one column: without this the column would squeeze the views away.
        setMinHeight(USE_PREF_SIZE);

        list.setId("viewsList");
        list.getStyleClass().add(Styles.DENSE);
        list.setItems(views.entries());
        list.setCellFactory(l -> new ViewCell());
        list.setPrefHeight(170);
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selected().ifPresent(v -> views.apply(v.view()));
                e.consume();
            }
        });
        noneSelected = list.getSelectionModel().selectedItemProperty().isNull();
        noSavedSelected = Bindings.createBooleanBinding(() -> selected().map(v -> v.builtIn()).orElse(true),
                list.getSelectionModel().selectedItemProperty());
        list.setContextMenu(contextMenu());
        // A list changed elsewhere (another window saved a view) keeps the view the user had selected.
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                lastSelected = entry.name();
            }
        });
        views.entries().addListener((ListChangeListener<ViewEntry>) c -> {
            if (list.getSelectionModel().isEmpty() && lastSelected != null) {
                views.entries().stream().filter(v -> v.name().equals(lastSelected)).findFirst()
                        .ifPresent(v -> list.getSelectionModel().select(v));
            }
        });

        Button save = toolButton("saveViewButton", MaterialDesignC.CONTENT_SAVE, "Save the current filters as a view (Ctrl+S)");
        save.setOnAction(e -> promptSave());
        Button importViews = toolButton("importViewsButton", MaterialDesignF.FILE_IMPORT_OUTLINE, "Import views from a file");
        importViews.setOnAction(e -> promptImport());
        Button exportViews = toolButton("exportViewsButton", MaterialDesignF.FILE_EXPORT_OUTLINE, "Export your saved views to a file");
        exportViews.setOnAction(e -> promptExportSaved());
        Label hint = new Label("Click to apply");
        hint.getStyleClass().add("views-hint");
        HBox bar = new HBox(4, hint, new Spacer(), save, importViews, exportViews);
        bar.setAlignment(Pos.CENTER_LEFT);
        setContent(new VBox(4, bar, list));
    }

    /** The list of views, for tests. */
    public ListView<ViewEntry> listView() {
        return list;
    }

    /** The View menu's items for saved views, acting on the view selected in the list. */
    public List<MenuItem> menuItems() {
        MenuItem save = item("_Save view…", this::promptSave);
        save.setAccelerator(SAVE);
        Menu apply = new Menu("_Apply view");
        Runnable fill = () -> apply.getItems().setAll(views.entries().stream().map(v -> {
            MenuItem i = new MenuItem(v.name(), v.builtIn() ? new FontIcon(MaterialDesignL.LOCK_OUTLINE) : null);
            i.setMnemonicParsing(false);
            i.setOnAction(e -> {
                list.getSelectionModel().select(v);
                views.apply(v.view());
            });
            return i;
        }).toList());
        views.entries().addListener((ListChangeListener<ViewEntry>) c -> fill.run());
        fill.run();
        List<MenuItem> edit = editItems();
        return List.of(save, apply, edit.get(0), edit.get(1), edit.get(2),
                item("_Export saved views…", this::promptExportSaved), item("_Import views…", this::promptImport));
    }

    private ContextMenu contextMenu() {
        MenuItem apply = item("Apply", () -> selected().ifPresent(v -> views.apply(v.view())));
        apply.disableProperty().bind(noneSelected);
        MenuItem export = item("Export this view…", this::promptExportSelected);
        export.disableProperty().bind(noneSelected);
        List<MenuItem> edit = editItems();
        return new ContextMenu(apply, new SeparatorMenuItem(), edit.get(0), edit.get(1), edit.get(2),
                new SeparatorMenuItem(), export);
    }

    /** Rename, duplicate and delete of the selected view; built-in views can only be duplicated. */
    private List<MenuItem> editItems() {
        MenuItem rename = item("_Rename view…", this::promptRename);
        rename.disableProperty().bind(noSavedSelected);
        MenuItem duplicate = item("_Duplicate view", () -> selected().ifPresent(v -> selectWhenDone(
                views.duplicate(v.name()))));
        duplicate.disableProperty().bind(noneSelected);
        MenuItem delete = item("De_lete view", () -> selected().filter(ViewEntry::editable)
                .ifPresent(v -> views.delete(v.name())));
        delete.disableProperty().bind(noSavedSelected);
        return List.of(rename, duplicate, delete);
    }

    void promptSave() {
        String offered = selected().filter(ViewEntry::editable).map(ViewEntry::name).orElse("");
        new ViewNameDialog(owner(), "Save view", "Save", offered, views.entries(), null).showAndWait()
                .ifPresent(name -> selectWhenDone(views.saveCurrent(name)));
    }

    private void promptRename() {
        selected().filter(ViewEntry::editable).ifPresent(v ->
                new ViewNameDialog(owner(), "Rename view", "Rename", v.name(), views.entries(), v.name())
                        .showAndWait().ifPresent(name -> selectWhenDone(views.rename(v.name(), name))));
    }

    private void promptExportSelected() {
        selected().ifPresent(v -> chooseTarget(v.name()).ifPresent(f -> views.export(List.of(v.name()), f.toPath())));
    }

    private void promptExportSaved() {
        chooseTarget("views").ifPresent(f -> views.exportSaved(f.toPath()));
    }

    private void promptImport() {
        FileChooser chooser = jsonChooser("Import views");
        File file = chooser.showOpenDialog(owner());
        if (file != null) {
            views.importFrom(file.toPath());
        }
    }

    private Optional<File> chooseTarget(String name) {
        FileChooser chooser = jsonChooser("Export views");
        chooser.setInitialFileName(name.replaceAll("[^A-Za-z0-9._ -]+", "_") + ".json");
        return Optional.ofNullable(chooser.showSaveDialog(owner()));
    }

    private static FileChooser jsonChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Views (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }

    // The store's change event has refreshed the list by the time the Task reports success: both go through the
    // JavaFX thread's queue, the change first.
    private void selectWhenDone(Task<SavedView> task) {
        if (task != null) {
            task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> views.entries().stream()
                    .filter(v -> v.name().equals(task.getValue().name())).findFirst()
                    .ifPresent(v -> list.getSelectionModel().select(v)));
        }
    }

    private Optional<ViewEntry> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button toolButton(String id, org.kordamp.ikonli.Ikon icon, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    /** A view's name, with a lock on built-in views; a click applies the view. */
    private final class ViewCell extends ListCell<ViewEntry> {

        ViewCell() {
            getStyleClass().add("view-cell");
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty()) {
                    views.apply(getItem().view());
                }
            });
        }

        @Override
        protected void updateItem(ViewEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("built-in"), !empty && entry.builtIn());
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(entry.name());
            setGraphic(entry.builtIn() ? new FontIcon(MaterialDesignL.LOCK_OUTLINE) : null);
            String query = entry.view().query().isEmpty() ? "no query" : entry.view().query();
            setTooltip(new Tooltip((entry.builtIn() ? "Built-in view: duplicate it to change it\n" : "") + query));
        }
    }
}
