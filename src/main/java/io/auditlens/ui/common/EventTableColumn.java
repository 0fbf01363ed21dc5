package io.auditlens.ui.common;

import io.auditlens.event.ActionCatalog;
import io.auditlens.event.Digest;
import io.auditlens.query.EventField;
import io.auditlens.store.EventStore;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The event table's columns: which event field each shows and sorts by, its heading and width. Cells read the
 * store's columns; times follow the display zone, actions lose the service prefix and digests are shortened.
 */
public enum EventTableColumn {
    // Widths and the shown set fit time, action, outcome and who/where/what (initiator, IP, target) into the
    // table's share of a 1280-pixel window next to the sidebar and the detail pane; the rest are a click away.
    TIME(EventField.TIME, "Time", 192, "eventTime", true),
    REGION(EventField.REGION, "Region", 70, null, false),
    ACTION(EventField.ACTION, "Action", 92, "action", true),
    OUTCOME(EventField.OUTCOME, "Outcome", 86, "outcome", true),
    SEVERITY(EventField.SEVERITY, "Severity", 75, "severity", false),
    INITIATOR(EventField.INITIATOR, "Initiator", 94, "initiator.name", true),
    IP(EventField.IP, "IP", 128, "initiator.host.address", true),
    TARGET(EventField.TARGET, "Target", 82, "target.name", true),
    DIGEST(EventField.DIGEST, "Digest", 150, null, false),
    STATUS(EventField.STATUS, "Status", 80, "responseData.status", false),
    MESSAGE(EventField.MESSAGE, "Message", 380, "message", false);

    private final EventField field;
    private final String title;
    private final double width;
    private final String jsonPath;
    private final boolean shownByDefault;

    EventTableColumn(EventField field, String title, double width, String jsonPath, boolean shownByDefault) {
        this.field = field;
        this.title = title;
        this.width = width;
        this.jsonPath = jsonPath;
        this.shownByDefault = shownByDefault;
    }

    /** Whether a fresh window, and a view naming no columns, shows this column. */
    public boolean shownByDefault() {
        return shownByDefault;
    }

    /** The columns a fresh window shows, in table order. */
    public static List<EventTableColumn> defaults() {
        return Arrays.stream(values()).filter(EventTableColumn::shownByDefault).toList();
    }

    /** Where the column's value is in the event's JSON, or null when it is derived (region, digest). */
    public String jsonPath() {
        return jsonPath;
    }

    /** The event field shown, and the engine's sort key for this column. */
    public EventField field() {
        return field;
    }

    /** Column heading. */
    public String title() {
        return title;
    }

    /** Initial column width in pixels. */
    public double width() {
        return width;
    }

    /** The fields of every column, in column order: what the table may sort by. */
    public static List<EventField> fields() {
        return Arrays.stream(values()).map(EventTableColumn::field).toList();
    }

    /** The column whose id (its field's key, as views and settings name it: {@code initiator}) this is, ignoring case. */
    public static Optional<EventTableColumn> byKey(String key) {
        return Arrays.stream(values()).filter(c -> c.field.key().equalsIgnoreCase(key.strip())).findFirst();
    }

    /** Widths by column, from widths by column id; ids that name no column are left out. */
    public static Map<EventTableColumn, Double> widthsByColumn(Map<String, Double> byKey) {
        Map<EventTableColumn, Double> out = new EnumMap<>(EventTableColumn.class);
        byKey.forEach((key, width) -> byKey(key).ifPresent(c -> out.put(c, width)));
        return out;
    }

    /** The column showing a field, if any. */
    public static Optional<EventTableColumn> showing(EventField field) {
        return Arrays.stream(values()).filter(c -> c.field == field).findFirst();
    }

    /** The cell text of a row. */
    public String text(EventStore store, int row, TimeDisplay times) {
        if (this == TIME) {
            return times.format(store.time(row));
        }
        String value = field.text(store, row);
        if (value == null) {
            return "";
        }
        return switch (this) {
            case DIGEST -> Digest.shortForm(value);
            case ACTION -> value.startsWith(ActionCatalog.SERVICE_PREFIX)
                    ? value.substring(ActionCatalog.SERVICE_PREFIX.length()) : value;
            default -> value;
        };
    }
}
