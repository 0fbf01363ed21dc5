package io.auditlens.ui.evidence;

import io.auditlens.evidence.BuiltInLabels;
import io.auditlens.evidence.Label;
import io.auditlens.ui.common.LabelSwatch;
import io.auditlens.ui.window.ExplorerModel;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.List;

/**
 * What the case offers on the table's selected rows (the model's row actions, shown in the table's menu): a label
 * item per label of the case (Ctrl+1..4 for the built-ins, the user's own after them), New label… and Edit note….
 * The user's labels are offered again whenever the case's label definitions change.
 */
final class LabelActions {

    private static final KeyCode[] LABEL_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};
    static final KeyCombination EDIT_NOTE = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEW_LABEL = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final CaseEvidence evidence;
    private final ExplorerModel model;
    private final List<MenuItem> offered = new ArrayList<>();
    private List<Label> shownLabels = List.of();

    LabelActions(CaseEvidence evidence, ExplorerModel model) {
        this.evidence = evidence;
        this.model = model;
        model.annotationsProperty().addListener((obs, old, rows) -> offer(rows.evidence().labels()));
        offer(BuiltInLabels.all());
    }

    /** Replaces this case's items among the model's row actions, keeping other panels' items where they are. */
    private void offer(List<Label> labels) {
        if (labels.equals(shownLabels)) {
            return;
        }
        shownLabels = List.copyOf(labels);
        List<MenuItem> items = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Label label = labels.get(i);
            MenuItem item = new MenuItem("Label " + label.name(), LabelSwatch.of(label.colour()));
            item.setMnemonicParsing(false);
            if (i < LABEL_KEYS.length) {
                item.setAccelerator(new KeyCodeCombination(LABEL_KEYS[i], KeyCombination.SHORTCUT_DOWN));
            }
            item.setOnAction(e -> evidence.toggle(label.name()));
            items.add(item);
        }
        MenuItem newLabel = new MenuItem("New label…");
        newLabel.setId("newLabelItem");
        newLabel.setAccelerator(NEW_LABEL);
        newLabel.setOnAction(e -> askNewLabel());
        MenuItem note = new MenuItem("Edit note…");
        note.setAccelerator(EDIT_NOTE);
        note.setOnAction(e -> evidence.editNote());
        items.add(newLabel);
        items.add(note);
        int at = offered.isEmpty() ? model.rowActions().size() : model.rowActions().indexOf(offered.get(0));
        model.rowActions().removeAll(offered);
        offered.clear();
        offered.addAll(items);
        model.rowActions().addAll(Math.max(0, Math.min(at, model.rowActions().size())), items);
    }

    /** Asks for a new label's name and colour, then defines it (and puts it on the selected events). */
    void askNewLabel() {
        LabelDialog.ask(evidence.current().document().labels().size(), model.selectedRows().size())
                .ifPresent(l -> evidence.defineLabel(l.name(), l.colour()));
    }
}
