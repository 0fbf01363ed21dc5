package io.auditlens.chart;

/**
 * Where the bars of a histogram go on a plot: one equal slot per bar from {@code left} across {@code width}, a
 * pixel's gap between bars wide enough to afford one, and heights in proportion to the tallest bar. The window's
 * canvas and the report's SVG both draw from it, so a bar is where the other puts it.
 *
 * @param bars      how many bars
 * @param left      the plot's left edge
 * @param width     the plot's width
 * @param height    the plot's height, for the tallest bar
 * @param max       the tallest bar's count (at least 1)
 * @param minHeight the least height of a bar with a count, so that one event among thousands still shows
 */
public record BarLayout(int bars, double left, double width, double height, long max, double minHeight) {

    public BarLayout {
        max = Math.max(1, max);
    }

    /** The width of one bar's slot. */
    public double slot() {
        return width / Math.max(1, bars);
    }

    /** The left edge of a bar's slot. */
    public double slotLeft(int bar) {
        return left + bar * slot();
    }

    /** The left edge of a bar as drawn: half the gap in from its slot's edge. */
    public double x(int bar) {
        return slotLeft(bar) + gap() / 2;
    }

    /** The width of a bar as drawn. */
    public double barWidth() {
        return Math.max(1, slot() - gap());
    }

    /** The height of {@code count} events. */
    public double height(long count) {
        return count <= 0 ? 0 : Math.max(minHeight, height * count / max);
    }

    /** Where x falls in bars, from 0 at the left edge to {@code bars} at the right, clamped to the plot. */
    public double position(double x) {
        return Math.max(0, Math.min(bars, (x - left) / slot()));
    }

    /** The bar under x, clamped to the first and last. */
    public int barAt(double x) {
        return (int) Math.min(bars - 1, Math.max(0, Math.floor(position(x))));
    }

    private double gap() {
        return slot() > 3 ? 1 : 0;
    }
}
