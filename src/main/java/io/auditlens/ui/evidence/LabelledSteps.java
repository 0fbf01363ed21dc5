package io.auditlens.ui.evidence;

import io.auditlens.engine.SelectionResult;
import io.auditlens.evidence.RowEvidence;
import io.auditlens.ui.common.TaskRunner;
import io.auditlens.ui.window.ExplorerModel;
import javafx.concurrent.Task;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.text.NumberFormat;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * F3 and Shift+F3: select the next or previous labelled event in the table's order, wrapping round at the ends, and
 * say in the status bar when the table lists none. Finding the selected row's place is a scan of the table's
 * rows, so it runs in the background.
 */
public final class LabelledSteps {

    static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.F3);
    static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN);

    private final ExplorerModel model;
    private final TaskRunner runner;
    private final IntConsumer select;

    /** Steps through the model's result, selecting a store row through {@code select}. */
    public LabelledSteps(ExplorerModel model, TaskRunner runner, IntConsumer select) {
        this.model = model;
        this.runner = runner;
        this.select = select;
    }

    /** Next labelled event (F3) and Previous labelled event (Shift+F3). */
    public List<MenuItem> menuItems() {
        return List.of(item("Next _labelled event", "nextLabelledItem", NEXT, true),
                item("Pre_vious labelled event", "previousLabelledItem", PREVIOUS, false));
    }

    /** Selects the next labelled event after the selected one ({@code forward}) or the previous one. */
    public void step(boolean forward) {
        SelectionResult result = model.getResult();
        RowEvidence evidence = model.annotationsProperty().get();
        if (result == null) {
            return;
        }
        int[] order = result.rows();
        int selected = model.selectedRowProperty().get();
        Task<int[]> find = new Task<>() {
            @Override
            protected int[] call() {
                int from = -1;
                for (int i = 0; i < order.length && selected >= 0; i++) {
                    if (order[i] == selected) {
                        from = i;
                        break;
                    }
                }
                return new int[] {from, evidence.nextLabelled(order, from, forward)};
            }
        };
        find.setOnSucceeded(e -> {
            if (model.getResult() != result) {
                return;
            }
            int from = find.getValue()[0];
            int to = find.getValue()[1];
            if (to < 0) {
                model.statusMessageProperty().set("No labelled event among the "
                        + NumberFormat.getIntegerInstance().format(order.length) + " events shown");
                return;
            }
            boolean wrapped = from >= 0 && (forward ? to <= from : to >= from);
            model.statusMessageProperty().set(wrapped ? (forward ? "Passed the last labelled event; back at the first"
                    : "Passed the first labelled event; back at the last") : "");
            select.accept(order[to]);
        });
        runner.start(find);
    }

    private MenuItem item(String text, String id, KeyCombination key, boolean forward) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(key);
        item.setOnAction(e -> step(forward));
        return item;
    }
}
