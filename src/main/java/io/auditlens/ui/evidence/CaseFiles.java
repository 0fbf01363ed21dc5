package io.auditlens.ui.evidence;

import io.auditlens.evidence.CaseDocument;
import io.auditlens.evidence.CaseStore;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** File &gt; New case…, Open case… and Save case as…: the file choosers in front of {@link CaseEvidence}. */
public final class CaseFiles {

    /** The extension of case files. */
    public static final String EXTENSION = ".alcase";
    static final KeyCombination NEW_CASE = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    // Ctrl+O opens exports and Ctrl+Shift+O adds them, so a case opens with Alt as well.
    static final KeyCombination OPEN_CASE = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.ALT_DOWN);
    static final KeyCombination SAVE_CASE_AS = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    static final KeyCombination CASE_HISTORY = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final CaseEvidence evidence;
    private final Supplier<Window> owner;

    /** The case menu of a window whose choosers open over {@code owner}. */
    public CaseFiles(CaseEvidence evidence, Supplier<Window> owner) {
        this.evidence = evidence;
        this.owner = owner;
    }

    /** Whether a path names a case file rather than an export. */
    public static boolean isCase(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    /** The File menu's case items, with a separator before them. */
    public List<MenuItem> menuItems() {
        return List.of(new SeparatorMenuItem(),
                item("_New case…", "newCaseItem", NEW_CASE, this::chooseNew),
                item("Open _case…", "openCaseItem", OPEN_CASE, this::chooseOpen),
                item("Sa_ve case as…", "saveCaseAsItem", SAVE_CASE_AS, this::chooseSaveAs),
                item("Case _history…", "caseHistoryItem", CASE_HISTORY, this::showHistory));
    }

    private void chooseNew() {
        File file = chooser("New case").showSaveDialog(owner.get());
        if (file != null) {
            evidence.newCase(withExtension(file));
        }
    }

    private void chooseOpen() {
        File file = chooser("Open case").showOpenDialog(owner.get());
        if (file != null) {
            evidence.openCase(file.toPath(), List.of());
        }
    }

    private void chooseSaveAs() {
        FileChooser chooser = chooser("Save case as");
        Path open = evidence.file();
        if (open != null && !open.getFileName().toString().equals(CaseStore.UNSAVED_NAME)) {
            chooser.setInitialFileName(open.getFileName().toString());
        }
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            evidence.saveAs(withExtension(file));
        }
    }

    private void showHistory() {
        CaseHistoryDialog dialog = new CaseHistoryDialog(evidence.displayName(),
                evidence.current().document().history());
        dialog.initOwner(owner.get());
        dialog.show();
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("AuditLens cases", "*" + EXTENSION));
        return chooser;
    }

    private static Path withExtension(File file) {
        Path p = file.toPath();
        return isCase(p) ? p : p.resolveSibling(p.getFileName() + EXTENSION);
    }

    /** The name a case is shown under: the name it holds, else its file's name without the extension. */
    static String nameOf(CaseDocument doc, CaseStore store) {
        return doc.name().isBlank() ? nameOf(store.file()) : doc.name();
    }

    /** A case file's name without its extension. */
    static String nameOf(Path file) {
        String n = file.getFileName().toString();
        return isCase(file) ? n.substring(0, n.length() - EXTENSION.length()) : n;
    }

    private static MenuItem item(String text, String id, KeyCombination key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(key);
        item.setOnAction(e -> action.run());
        return item;
    }
}
