package io.auditlens.ui.table;

import io.auditlens.query.SurroundingEvents;
import io.auditlens.task.FailureReason;
import io.auditlens.ui.common.LatestTask;
import io.auditlens.ui.common.TaskRunner;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.ui.window.LoadedData;
import io.auditlens.ui.window.Notice;

/**
 * "Show surrounding events": while the model names an anchor row, the table lists the events just before and
 * after it in time from every loaded event, whatever the filters, the anchor marked and in the middle; More doubles
 * how many on each side; Back to selection (or Escape) lists the selection again with the row that was selected and
 * the scroll position it had. A new query, pick or load leaves it for the new answer. The events are found in a Task
 * over the engine's time order.
 */
public final class SurroundingMode {

    /** How many events on each side are shown first. */
    public static final int FIRST_SPAN = 10;

    private final ExplorerModel model;
    private final EventTable table;
    private final SurroundingBar bar;
    private final LatestTask<SurroundingEvents> finding;
    private SurroundingEvents shown;
    private int span = FIRST_SPAN;
    private boolean active;
    private boolean restoreOnClose = true;
    private int savedRow = -1;
    private int savedFirstVisible = -1;

    SurroundingMode(ExplorerModel model, TaskRunner runner, EventTable table) {
        this.model = model;
        this.table = table;
        this.finding = new LatestTask<>(runner);
        this.bar = new SurroundingBar(this::more, model::closeSurrounding);
        model.surroundingAnchorProperty().addListener((obs, old, row) -> {
            if (row.intValue() >= 0) {
                open(row.intValue());
            } else {
                close();
            }
        });
        model.requestProperty().addListener((obs, old, request) -> leave());
        model.dataProperty().addListener((obs, old, data) -> leave());
        model.timeDisplayProperty().addListener((obs, old, display) -> describe());
    }

    /** Whether the table lists surrounding events (or is about to) instead of the selection. */
    public boolean active() {
        return active;
    }

    /** The events listed now, or null while none are; for tests. */
    public SurroundingEvents shown() {
        return shown;
    }

    /** The bar's words, for tests. */
    public String barText() {
        return bar.text();
    }

    SurroundingBar bar() {
        return bar;
    }

    private void open(int anchor) {
        if (!active) {
            savedRow = model.selectedRowProperty().get();
            savedFirstVisible = table.firstVisibleIndex();
            active = true;
        }
        span = FIRST_SPAN;
        find(anchor, anchor);
    }

    private void more() {
        LoadedData data = model.getData();
        int anchor = model.surroundingAnchorProperty().get();
        if (data != null && anchor >= 0) {
            span = (int) Math.min(2L * span, data.store().size());
            find(anchor, model.selectedRowProperty().get());
        }
    }

    private void find(int anchor, int select) {
        LoadedData data = model.getData();
        if (data == null) {
            model.closeSurrounding();
            return;
        }
        bar.showFinding();
        int n = span;
        finding.start(() -> SurroundingEvents.around(data.backend().timeOrder(), data.store().times(), anchor, n),
                events -> {
                    shown = events;
                    table.showSurrounding(events, select);
                    describe();
                }, error -> {
                    model.notices().add(new Notice(Notice.Kind.ERROR, "Cannot show the surrounding events",
                            FailureReason.of(error), false));
                    leave();
                });
    }

    private void describe() {
        LoadedData data = model.getData();
        if (shown != null && data != null) {
            bar.show(shown, data.store().time(shown.anchorRow()), model.timeDisplayProperty().get(),
                    (int) Math.min(2L * span, data.store().size()));
        }
    }

    private void close() {
        if (!active) {
            return;
        }
        active = false;
        shown = null;
        finding.cancel();
        bar.showNothing();
        if (restoreOnClose) {
            table.showSelection(model.getResult(), savedRow, savedFirstVisible);
        } else {
            table.showSelection(model.getResult(), model.selectedRowProperty().get(), -1);
        }
        restoreOnClose = true;
    }

    // The user asked for something else: the selection's new answer is shown as it comes, not the old scroll.
    private void leave() {
        if (active) {
            restoreOnClose = false;
            model.closeSurrounding();
        }
    }
}
