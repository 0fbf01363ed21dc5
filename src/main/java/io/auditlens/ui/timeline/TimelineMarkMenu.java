package io.auditlens.ui.timeline;

import io.auditlens.store.EventStore;
import io.auditlens.ui.common.EventTableColumn;
import io.auditlens.ui.common.ValueFilter;
import io.auditlens.ui.window.ExplorerModel;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The filtering part of a timeline mark's context menu: for each thing the mark's tooltip names (action, outcome,
 * initiator, IP, target) a submenu, naming the value, to filter for or out of it and to copy it or its JSON path;
 * then "Show surrounding events". A mark that stands for several events offers the first one's values.
 */
final class TimelineMarkMenu {

    static final List<EventTableColumn> FIELDS = List.of(EventTableColumn.ACTION, EventTableColumn.OUTCOME,
            EventTableColumn.INITIATOR, EventTableColumn.IP, EventTableColumn.TARGET);
    private static final int LONGEST_VALUE = 40;

    private final ExplorerModel model;
    private final TimelineCanvas canvas;
    private int row = -1;

    TimelineMarkMenu(ExplorerModel model, TimelineCanvas canvas) {
        this.model = model;
        this.canvas = canvas;
    }

    /** Fresh items for the menu of a mark standing for these store rows (in time order), then {@code more}. */
    List<MenuItem> items(List<Integer> rows, List<MenuItem> more) {
        row = rows.isEmpty() ? -1 : rows.get(0);
        List<MenuItem> items = new ArrayList<>();
        for (EventTableColumn field : FIELDS) {
            ValueFilter filters = new ValueFilter(model, () -> target(field));
            List<MenuItem> filterItems = filters.menuItems();
            filters.refresh(filterItems);
            String value = target(field).map(ValueFilter.Target::value).orElse("");
            String shown = value.length() > LONGEST_VALUE ? value.substring(0, LONGEST_VALUE - 1) + "…" : value;
            Menu sub = new Menu(field.title() + (shown.isEmpty() ? " (none)" : ": " + shown));
            sub.setId("mark-" + field.name().toLowerCase(Locale.ROOT));
            sub.getItems().setAll(filterItems);
            items.add(sub);
        }
        String refusal = model.surroundingRefusalProperty().getValue();
        MenuItem surrounding = new MenuItem("Show surrounding events"
                + (refusal == null ? "" : ExplorerModel.NOT_IN_ARCHIVE_MODE));
        surrounding.setId("markSurrounding");
        surrounding.setDisable(refusal != null);
        int anchor = row;
        surrounding.setOnAction(e -> model.showSurrounding(anchor));
        items.add(new SeparatorMenuItem());
        items.add(surrounding);
        if (!more.isEmpty()) {
            items.add(new SeparatorMenuItem());
            items.addAll(more);
        }
        return items;
    }

    /** The store row whose values the last menu offered, or -1. */
    int row() {
        return row;
    }

    private Optional<ValueFilter.Target> target(EventTableColumn field) {
        EventStore store = canvas.store();
        if (row < 0 || store == null || row >= store.size()) {
            return Optional.empty();
        }
        return Optional.of(ValueFilter.Target.of(field, store, row, model.timeDisplayProperty().get()));
    }
}
