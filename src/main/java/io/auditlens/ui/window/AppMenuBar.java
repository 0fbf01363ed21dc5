package io.auditlens.ui.window;

import io.auditlens.ui.table.EventTable;
import io.auditlens.ui.load.LoadMode;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The window's menus and their keyboard shortcuts; every item calls back into {@link MainWindow}. */
final class AppMenuBar extends MenuBar {

    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ADD = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    // Ctrl+Alt+O opens a case, so an archive opens with A.
    static final KeyCombination OPEN_ARCHIVE = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.ALT_DOWN);
    static final KeyCombination FOCUS_QUERY = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FOCUS_QUERY_ALT = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination LOAD_REPORT = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination DARK_THEME = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination LOCAL_TIME = new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination CLEAR_FILTERS = new KeyCodeCombination(KeyCode.BACK_SPACE,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination QUERY_HELP = new KeyCodeCombination(KeyCode.F1);
    static final KeyCombination DETAIL_PANE = new KeyCodeCombination(KeyCode.F4);

    AppMenuBar(MainWindow window) {
        setId("menuBar");
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("_Open files…", OPEN, window::chooseFiles, LoadMode.REPLACE, new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE)),
                item("Open _folder…", null, window::chooseFolder, LoadMode.REPLACE, null),
                item("_Add files…", ADD, window::chooseFiles, LoadMode.ADD, new FontIcon(MaterialDesignF.FILE_PLUS_OUTLINE)),
                item("Add f_older…", null, window::chooseFolder, LoadMode.ADD, null));
        file.getItems().addAll(window.caseFiles().menuItems());
        file.getItems().addAll(
                new SeparatorMenuItem(),
                id(action("Open ar_chive…", OPEN_ARCHIVE, window::chooseArchive), "openArchiveMenuItem"),
                new SeparatorMenuItem(),
                action("Load _report", LOAD_REPORT, window::showLoadReport),
                new SeparatorMenuItem(),
                id(action("_Export…", EXPORT, window::askExport), "exportMenuItem"),
                id(action("Audit re_port…", null, window::askReport), "reportMenuItem"),
                new SeparatorMenuItem(),
                action("_Quit", QUIT, window::quit));

        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(
                action("_Find (focus query)", FOCUS_QUERY, window::focusQuery),
                action("Clear all _filters", CLEAR_FILTERS, window::clearFilters));
        edit.getItems().add(new SeparatorMenuItem());
        edit.getItems().addAll(window.labelledSteps().menuItems());

        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setAccelerator(DARK_THEME);
        dark.selectedProperty().bindBidirectional(window.themes().darkProperty());
        CheckMenuItem local = new CheckMenuItem("_Local time instead of UTC");
        local.setAccelerator(LOCAL_TIME);
        local.selectedProperty().bindBidirectional(window.model().localTimeProperty());
        Menu columns = new Menu("_Columns");
        columns.getItems().setAll(window.table().columnMenuItems());
        MenuItem surrounding = action("_Surrounding events of the selected event", EventTable.SHOW_SURROUNDING,
                () -> window.model().showSurrounding(window.model().selectedRowProperty().get()));
        surrounding.setId("surroundingMenuItem");
        ObservableValue<String> refusal = window.model().surroundingRefusalProperty();
        surrounding.disableProperty().bind(refusal.map(r -> true).orElse(false));
        surrounding.textProperty().bind(refusal.map(r -> "Surrounding events" + ExplorerModel.NOT_IN_ARCHIVE_MODE)
                .orElse("_Surrounding events of the selected event"));
        CheckMenuItem detail = new CheckMenuItem("D_etail pane");
        detail.setId("detailPaneItem");
        detail.setAccelerator(DETAIL_PANE);
        detail.selectedProperty().bindBidirectional(window.detailShownProperty());
        Menu view = new Menu("_View");
        view.getItems().addAll(dark, local, detail, columns, surrounding);
        view.getItems().add(new SeparatorMenuItem());
        view.getItems().addAll(window.viewsPanel().menuItems());

        Menu help = new Menu("_Help");
        help.getItems().addAll(action("_Query language", QUERY_HELP, window::showQueryHelp),
                new SeparatorMenuItem(), action("_About AuditLens", null, window::showAbout));
        getMenus().addAll(file, edit, view, help);
    }

    private static MenuItem item(String text, KeyCombination key, java.util.function.Consumer<LoadMode> handler,
                                 LoadMode mode, FontIcon icon) {
        MenuItem item = new MenuItem(text, icon);
        item.setAccelerator(key);
        item.setOnAction(e -> handler.accept(mode));
        return item;
    }

    private static MenuItem id(MenuItem item, String id) {
        item.setId(id);
        return item;
    }

    private static MenuItem action(String text, KeyCombination key, Runnable handler) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(key);
        item.setOnAction(e -> handler.run());
        return item;
    }
}
