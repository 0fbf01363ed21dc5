package io.auditlens.views;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the window remembers between runs, kept in {@code window.json} in the configuration folder: today the
 * width the user gave each table column, by column id ({@code time}, {@code initiator}). Immutable.
 *
 * @param columnWidths column id to width in pixels; only positive, finite widths
 */
public record WindowSettings(Map<String, Double> columnWidths) {

    /** Nothing remembered: every column at its default width. */
    public static final WindowSettings NONE = new WindowSettings(Map.of());

    public WindowSettings {
        columnWidths = usable(columnWidths);
    }

    /** The same settings with these column widths. */
    public WindowSettings withColumnWidths(Map<String, Double> widths) {
        return new WindowSettings(widths);
    }

    /** The widths that can be used, by id, sorted so that the file reads the same every time it is written. */
    static Map<String, Double> usable(Map<String, Double> widths) {
        if (widths == null || widths.isEmpty()) {
            return Map.of();
        }
        TreeMap<String, Double> out = new TreeMap<>();
        widths.forEach((id, width) -> {
            Objects.requireNonNull(id, "column id");
            if (width != null && Double.isFinite(width) && width > 0 && !id.isBlank()) {
                out.put(id.strip(), width);
            }
        });
        return Collections.unmodifiableSortedMap(out);
    }
}
