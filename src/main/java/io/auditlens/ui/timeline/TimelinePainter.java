package io.auditlens.ui.timeline;

import io.auditlens.chart.TimelineViewport;
import io.auditlens.timeline.TimelineLane;
import io.auditlens.timeline.TimelinePoint;
import io.auditlens.ui.common.EventColours;
import io.auditlens.ui.common.TimeAxisLabels;
import io.auditlens.ui.common.TimeAxisTicks;
import io.auditlens.ui.common.TimeDisplay;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.auditlens.ui.timeline.TimelineFrame.GUTTER;
import static io.auditlens.ui.timeline.TimelineFrame.HEADER;
import static io.auditlens.ui.timeline.TimelineFrame.LANES;
import static io.auditlens.ui.timeline.TimelineFrame.MARK_WIDTH;
import static io.auditlens.ui.timeline.TimelineFrame.MILESTONE_ROW;
import static io.auditlens.ui.timeline.TimelineFrame.TAG_ROW;

/**
 * Paints one frame of a digest's timeline: lanes with their counts, grid, vulnerability status bands, lifecycle
 * lines, the marks binned per pixel column (so a frame costs the canvas width, not the number of events), the
 * selected mark's ring, tags and the time axis. Keeps only its bin buffer between frames.
 */
final class TimelinePainter {

    static final Color FIRST_PUSH = Color.web("#0969da");
    private static final Color LAST_PULL = Color.web("#8250df");
    private static final Color DELETION = Color.web("#bc4c00");
    private static final double TICK_SPACING = 100;
    private static final TimelineLane[] LANE_KINDS = TimelineLane.values();
    private static final TimelineMarks.Outcome[] OUTCOMES = TimelineMarks.Outcome.values();
    private static final Color[] OUTCOME_COLOURS = {EventColours.outcome("success"), EventColours.outcome(null),
        EventColours.outcome("pending"), EventColours.outcome("failure")};

    /** The theme's colours and font, as the style sheet gives them to the canvas. */
    record Style(Color text, Color accent, Font font) {
    }

    private int[][] bins = new int[0][];

    /** Paints a frame; {@code selectedIndex} is the event to ring, or -1. */
    void paint(GraphicsContext g, TimelineFrame frame, TimelineMarks marks, int selectedIndex, Style style,
               TimeDisplay display) {
        g.clearRect(0, 0, frame.width(), frame.height());
        if (marks == null || !frame.drawable()) {
            return;
        }
        Frame f = new Frame(g, frame, marks, style);
        g.setFont(style.font());
        f.lanes();
        if (frame.viewport() == null || marks.size() == 0) {
            g.setFill(style.text());
            g.fillText("No events of this digest in the current selection", GUTTER + 12,
                    HEADER + frame.laneHeight() / 2);
            return;
        }
        List<TimeAxisTicks.Tick> ticks = TimeAxisTicks.between(frame.viewport().from(), frame.viewport().until(),
                frame.plotWidth(), TICK_SPACING, display.zone());
        f.grid(ticks);
        f.bands();
        f.milestones();
        f.marks();
        f.labelRings();
        f.selection(selectedIndex);
        f.tags();
        f.axis(ticks, display);
    }

    /** One frame being painted: the drawing steps share the graphics context, geometry, data and style. */
    private final class Frame {
        private final GraphicsContext g;
        private final TimelineFrame frame;
        private final TimelineMarks marks;
        private final Style style;

        Frame(GraphicsContext g, TimelineFrame frame, TimelineMarks marks, Style style) {
            this.g = g;
            this.frame = frame;
            this.marks = marks;
            this.style = style;
        }

        void lanes() {
            double laneH = frame.laneHeight();
            Color text = style.text();
            g.setFill(faded(text, 0.75));
            g.fillText("Tags", 10, TAG_ROW - 6);
            g.fillText("Lifecycle", 10, TAG_ROW + MILESTONE_ROW - 5);
            for (int lane = 0; lane < LANES; lane++) {
                double top = frame.laneTop(lane);
                if (lane % 2 == 0) {
                    g.setFill(faded(text, 0.05));
                    g.fillRect(0, top, frame.width(), laneH);
                }
                g.setFill(text);
                g.fillText(LANE_KINDS[lane].label(), 10, top + laneH / 2 + 4);
                String count = String.format("%,d", marks.laneCounts()[lane]);
                g.setFill(faded(text, 0.7));
                g.fillText(count, GUTTER - 12 - textWidth(count), top + laneH / 2 + 4);
            }
            g.setStroke(faded(text, 0.25));
            g.setLineWidth(1);
            g.strokeLine(GUTTER - 0.5, HEADER, GUTTER - 0.5, frame.laneTop(LANES));
        }

        void grid(List<TimeAxisTicks.Tick> ticks) {
            g.setStroke(faded(style.text(), 0.12));
            g.setLineWidth(1);
            for (TimeAxisTicks.Tick tick : ticks) {
                double x = Math.round(frame.xOf(tick.time())) + 0.5;
                g.strokeLine(x, HEADER, x, frame.laneTop(LANES));
            }
        }

        void bands() {
            double top = frame.laneTop(TimelineLane.VULNERABILITY.ordinal()) + 2;
            double height = frame.laneHeight() - 4;
            double left = frame.plotLeft();
            double right = frame.plotRight();
            for (TimelineMarks.StatusBand band : marks.bands()) {
                double x1 = frame.xOf(band.from());
                double x2 = Math.max(x1 + 2, frame.xOf(band.until()));
                if (x2 < left || x1 > right) {
                    continue;
                }
                double from = Math.max(left, x1);
                double to = Math.min(right, x2);
                Color colour = EventColours.status(band.status());
                g.setFill(faded(colour, 0.22));
                g.fillRect(from, top, to - from, height);
                if (x1 >= left) {
                    g.setFill(colour);
                    g.fillRect(x1, top, 2, height);
                }
                double labelWidth = textWidth(band.status());
                if (to - from > labelWidth + 12) {
                    g.setFill(faded(colour, 0.85));
                    g.fillRoundRect(from + 4, top + 2, labelWidth + 8, 14, 6, 6);
                    g.setFill(Color.WHITE);
                    g.fillText(band.status(), from + 8, top + 13);
                }
            }
        }

        /**
         * Lifecycle moments as dashed lines with their names in the row above the lanes. Names of lines close
         * together are joined into one label, set to the right of a line in the left half of the plot and to the
         * left of one in the right half, so that none runs off the canvas.
         */
        void milestones() {
            double left = frame.plotLeft();
            double right = frame.plotRight();
            double baseline = TAG_ROW + MILESTONE_ROW - 5;
            List<Milestone> visible = milestoneList().stream().filter(m -> {
                double x = frame.xOf(m.point().time());
                return x >= left && x <= right;
            }).toList();
            for (Milestone m : visible) {
                double x = Math.round(frame.xOf(m.point().time())) + 0.5;
                g.setStroke(m.colour());
                g.setLineWidth(1.5);
                g.setLineDashes(4, 3);
                g.strokeLine(x, TAG_ROW + 2, x, frame.laneTop(LANES));
            }
            g.setLineDashes((double[]) null);
            double gap = textWidth("  ·  ");
            int i = 0;
            while (i < visible.size()) {
                int j = i + 1;
                double groupWidth = textWidth(visible.get(i).label());
                while (j < visible.size() && frame.xOf(visible.get(j).point().time())
                        - frame.xOf(visible.get(j - 1).point().time()) < groupWidth + gap) {
                    groupWidth += gap + textWidth(visible.get(j).label());
                    j++;
                }
                double first = frame.xOf(visible.get(i).point().time());
                double last = frame.xOf(visible.get(j - 1).point().time());
                double x = first < (left + right) / 2 ? first + 4 : last - 4 - groupWidth;
                x = Math.max(left + 2, Math.min(right - groupWidth, x));
                for (int k = i; k < j; k++) {
                    Milestone m = visible.get(k);
                    g.setFill(m.colour());
                    g.fillText(m.label(), x, baseline);
                    x += textWidth(m.label()) + gap;
                }
                i = j;
            }
        }

        private List<Milestone> milestoneList() {
            var tl = marks.timeline();
            return Stream.of(
                            tl.firstPush().map(p -> new Milestone(p, "first push", FIRST_PUSH)),
                            tl.lastPull().map(p -> new Milestone(p, "last pull", LAST_PULL)),
                            tl.deletion().map(p -> new Milestone(p, "deleted", DELETION)))
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparingLong(m -> m.point().time()))
                    .toList();
        }

        /**
         * Counts the visible events per pixel column, lane and outcome, then draws one bar per column and lane
         * with its outcomes stacked (failures on top), so each event is a mark when zoomed in and a dense stretch
         * still shows its mix of outcomes.
         */
        void marks() {
            TimelineViewport viewport = frame.viewport();
            double plotW = frame.plotWidth();
            int columns = (int) Math.ceil(plotW) + 1;
            int[][] counts = bins(LANES * OUTCOMES.length, columns);
            long[] t = marks.times();
            byte[] lanes = marks.lanes();
            byte[] outcomes = marks.outcomes();
            int first = TimelineHits.lowerBound(t, viewport.time(-MARK_WIDTH, plotW));
            int last = TimelineHits.lowerBound(t, viewport.time(plotW + MARK_WIDTH, plotW) + 1);
            double scale = plotW / viewport.span();
            long from = viewport.from();
            for (int i = first; i < last; i++) {
                int x = (int) Math.round((t[i] - from) * scale);
                if (x >= 0 && x < columns) {
                    counts[lanes[i] * OUTCOMES.length + outcomes[i]][x]++;
                }
            }
            double laneH = frame.laneHeight();
            double height = frame.markHeight();
            for (int lane = 0; lane < LANES; lane++) {
                double bottom = frame.laneTop(lane) + (laneH + height) / 2;
                int base = lane * OUTCOMES.length;
                for (int x = 0; x < columns; x++) {
                    stack(counts, base, x, bottom, height);
                }
            }
        }

        private void stack(int[][] counts, int base, int x, double bottom, double height) {
            int total = 0;
            for (int o = 0; o < OUTCOMES.length; o++) {
                total += counts[base + o][x];
            }
            if (total == 0) {
                return;
            }
            double y = bottom;
            for (int o = 0; o < OUTCOMES.length; o++) {
                int count = counts[base + o][x];
                if (count > 0) {
                    double part = height * count / total;
                    g.setFill(OUTCOME_COLOURS[o]);
                    g.fillRect(GUTTER + x - 1, y - part, MARK_WIDTH, part);
                    y -= part;
                }
            }
        }

        // A ring in the label's colour around each labelled event, so the case's events stand out among thousands.
        void labelRings() {
            int[] labelled = marks.labelled();
            // Wider than the selection's ring, which may be drawn inside it.
            double height = frame.markHeight() + 14;
            g.setLineWidth(2);
            for (int k = 0; k < labelled.length; k++) {
                double[] c = TimelineHits.markCentre(marks, frame, labelled[k]);
                if (c[0] < frame.plotLeft() || c[0] > frame.plotRight()) {
                    continue;
                }
                g.setStroke(Color.web(marks.labelColours()[k]));
                g.strokeOval(c[0] - 9.5, c[1] - height / 2, MARK_WIDTH + 16, height);
            }
        }

        void selection(int selectedIndex) {
            if (selectedIndex < 0) {
                return;
            }
            double[] c = TimelineHits.markCentre(marks, frame, selectedIndex);
            if (c[0] < frame.plotLeft() || c[0] > frame.plotRight()) {
                return;
            }
            double height = frame.markHeight() + 6;
            g.setStroke(style.accent());
            g.setLineWidth(2);
            g.strokeRoundRect(c[0] - 4.5, c[1] - height / 2, MARK_WIDTH + 6, height, 4, 4);
        }

        // Tags that would overlap the one before are left out; hovering their first event still names them.
        void tags() {
            double end = Double.NEGATIVE_INFINITY;
            for (TimelineMarks.TagMark tag : marks.tags()) {
                double x = frame.xOf(tag.time());
                if (x < frame.plotLeft() || x > frame.plotRight() || x < end + 6) {
                    continue;
                }
                g.setFill(style.accent());
                g.fillPolygon(new double[] {x - 4, x + 4, x}, new double[] {TAG_ROW - 4, TAG_ROW - 4, TAG_ROW + 2}, 3);
                g.setFill(style.text());
                g.fillText(tag.tag(), x + 6, TAG_ROW - 5);
                end = x + 6 + textWidth(tag.tag());
            }
        }

        void axis(List<TimeAxisTicks.Tick> ticks, TimeDisplay display) {
            double y = frame.laneTop(LANES);
            double right = frame.plotRight();
            g.setStroke(faded(style.text(), 0.4));
            g.setLineWidth(1);
            g.strokeLine(GUTTER, y + 0.5, right, y + 0.5);
            g.setFill(faded(style.text(), 0.75));
            g.fillText(display.label(), 10, y + 16);
            for (TimeAxisTicks.Tick tick : ticks) {
                double x = Math.round(frame.xOf(tick.time())) + 0.5;
                g.strokeLine(x, y, x, y + 4);
            }
            for (TimeAxisLabels.Placed label : TimeAxisLabels.place(ticks, frame::xOf, this::textWidth, GUTTER,
                    right, 8)) {
                g.fillText(label.text(), label.textX(), y + 16);
            }
        }

        private double textWidth(String s) {
            Text measure = new Text(s);
            measure.setFont(style.font());
            return measure.getLayoutBounds().getWidth();
        }
    }

    private record Milestone(TimelinePoint point, String label, Color colour) {
    }

    private int[][] bins(int series, int columns) {
        if (bins.length != series || bins[0].length != columns) {
            bins = new int[series][columns];
        } else {
            for (int[] b : bins) {
                Arrays.fill(b, 0);
            }
        }
        return bins;
    }

    private static Color faded(Color c, double opacity) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity() * opacity);
    }
}
