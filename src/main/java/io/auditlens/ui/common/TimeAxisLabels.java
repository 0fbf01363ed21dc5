package io.auditlens.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * Where the labels of a time axis go: each centred under its tick but kept inside the axis, and left out where it
 * would come closer than a gap to the label before it or not fit at all, so labels never overlap whatever the width.
 */
public final class TimeAxisLabels {

    /** A label to draw: its text, the x of its tick and the x where its text starts. */
    public record Placed(String text, double tickX, double textX) {
    }

    private TimeAxisLabels() {
    }

    /**
     * The labels of {@code ticks} on the axis from {@code left} to {@code right}, in tick order.
     *
     * @param xOf       the x of an instant (epoch milliseconds) on the axis
     * @param textWidth the drawn width of a label
     * @param gap       the least room between two labels
     */
    public static List<Placed> place(List<TimeAxisTicks.Tick> ticks, LongToDoubleFunction xOf,
                              ToDoubleFunction<String> textWidth, double left, double right, double gap) {
        List<Placed> placed = new ArrayList<>();
        double labelsEnd = Double.NEGATIVE_INFINITY;
        for (TimeAxisTicks.Tick tick : ticks) {
            double x = xOf.applyAsDouble(tick.time());
            double width = textWidth.applyAsDouble(tick.label());
            double textX = Math.min(right - width, Math.max(left, x - width / 2));
            if (textX >= left && textX >= labelsEnd + gap) {
                placed.add(new Placed(tick.label(), x, textX));
                labelsEnd = textX + width;
            }
        }
        return placed;
    }
}
