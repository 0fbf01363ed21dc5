package io.auditlens.ui.table;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/** Which lines of a table are on screen: to put a scroll position back, or a line in the middle. */
final class TableLines {

    private TableLines() {
    }

    /** The index of the first line shown, or -1 before the table is laid out. */
    static int first(TableView<?> table) {
        IndexedCell<?> cell = flow(table) == null ? null : flow(table).getFirstVisibleCell();
        return cell == null ? -1 : cell.getIndex();
    }

    /** How many lines are shown, 0 before the table is laid out. */
    static int count(TableView<?> table) {
        VirtualFlow<?> flow = flow(table);
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        return first == null || last == null ? 0 : last.getIndex() - first.getIndex() + 1;
    }

    /** Scrolls so that a line is in the middle of what is shown, or at the top before the table is laid out. */
    static void centre(TableView<?> table, int index) {
        table.scrollTo(Math.max(0, index - count(table) / 2));
    }

    private static VirtualFlow<?> flow(TableView<?> table) {
        return table.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
    }
}
