package io.auditlens.ui;

import io.auditlens.timeline.TimelineLane;
import io.auditlens.timeline.TimelinePoint;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Draws one digest's timeline on a single canvas: a lane per kind of action with a mark per event coloured by
 * outcome, the vulnerability status as coloured bands in its lane, each tag labelled where it first appears, the
 * first push, last pull and deletion as lines, and a time axis. Marks are binned per pixel column and lane before
 * drawing, so the cost of a frame follows the width of the canvas rather than the number of events: a digest with
 * 100,000 events draws as fast as one with 100. The wheel zooms about the mouse, dragging pans, hovering describes
 * the event under the mouse and a click picks it.
 */
final class TimelineCanvas extends Region {

    static final double GUTTER = 172;
    private static final double RIGHT = 16;
    private static final double TAG_ROW = 20;
    private static final double MILESTONE_ROW = 18;
    private static final double HEADER = TAG_ROW + MILESTONE_ROW + 4;
    private static final double AXIS = 24;
    private static final double MARK_WIDTH = 3;
    private static final double PICK_RADIUS = 6;
    private static final double TICK_SPACING = 100;
    private static final double WHEEL_ZOOM = 0.005;
    // Beyond this many events under the mouse the nearest is good enough; a tooltip must not scan a million.
    private static final int PICK_SCAN_LIMIT = 50_000;

    private static final TimelineLane[] LANES = TimelineLane.values();
    private static final TimelineMarks.Outcome[] OUTCOMES = TimelineMarks.Outcome.values();
    private static final Color[] OUTCOME_COLOURS = {EventColours.outcome("success"), EventColours.outcome(null),
        EventColours.outcome("pending"), EventColours.outcome("failure")};
    private static final Color FIRST_PUSH = Color.web("#0969da");
    private static final Color LAST_PULL = Color.web("#8250df");
    private static final Color DELETION = Color.web("#bc4c00");

    private final Canvas canvas = new Canvas();
    private final Label hover = new Label();
    // Never shown: they carry the theme's text and accent colours and font from the style sheet to the canvas.
    private final Label textStyle = new Label();
    private final Label accentStyle = new Label();
    private final ObservableValue<TimeDisplay> times;
    private TimelineMarks marks;
    private TimelineViewport viewport;
    private int selectedRow = -1;
    private int selectedIndex = -1;
    private IntConsumer onPick = row -> { };
    private int[][] bins = new int[0][];
    private long lastDrawNanos;
    private double pressX = -1;
    private TimelineViewport pressViewport;
    private boolean dragging;

    TimelineCanvas(ObservableValue<TimeDisplay> times) {
        this.times = times;
        setId("timelineCanvas");
        getStyleClass().add("timeline-canvas");
        setFocusTraversable(true);
        textStyle.getStyleClass().add("timeline-text");
        accentStyle.getStyleClass().add("timeline-accent");
        for (Label style : List.of(textStyle, accentStyle)) {
            style.setVisible(false);
            style.setManaged(false);
            style.textFillProperty().addListener(o -> draw());
        }
        hover.setId("timelineHover");
        hover.getStyleClass().add("timeline-hover");
        hover.setManaged(false);
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        getChildren().addAll(canvas, textStyle, accentStyle, hover);
        times.addListener(o -> draw());
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(this::released);
        setOnMouseMoved(e -> describe(e.getX(), e.getY()));
        setOnMouseExited(e -> hover.setVisible(false));
        setOnScroll(this::scrolled);
        setOnKeyPressed(this::keyPressed);
    }

    /** Shows a timeline; {@code keepView} keeps the visible span (the same digest under a new selection). */
    void show(TimelineMarks newMarks, boolean keepView) {
        marks = newMarks;
        selectedIndex = indexOfRow(selectedRow);
        hover.setVisible(false);
        if (keepView && viewport != null) {
            draw();
        } else {
            fit();
        }
    }

    /** Zooms to show every event. */
    void fit() {
        viewport = marks == null || marks.size() == 0 ? null
                : TimelineViewport.fitting(marks.times()[0], marks.times()[marks.size() - 1]);
        draw();
    }

    /** Rings the mark of a store row, when the timeline has it. */
    void setSelectedRow(int row) {
        if (row != selectedRow) {
            selectedRow = row;
            selectedIndex = indexOfRow(row);
            draw();
        }
    }

    /** Told the store row of each event the user clicks. */
    void setOnPick(IntConsumer handler) {
        onPick = handler;
    }

    /** The span shown, or null when nothing is. */
    TimelineViewport viewport() {
        return viewport;
    }

    /** Nanoseconds the last frame took to compute and issue, for measuring. */
    long lastDrawNanos() {
        return lastDrawNanos;
    }

    /** The centre of the i-th event's mark in this node's coordinates, for tests and keyboard focus. */
    Point2D markCentre(int i) {
        int lane = marks.lanes()[i];
        return new Point2D(GUTTER + viewport.x(marks.times()[i], plotWidth()) + 0.5,
                laneTop(lane) + laneHeight() / 2);
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
        hover.autosize();
    }

    private double plotWidth() {
        return Math.max(1, canvas.getWidth() - GUTTER - RIGHT);
    }

    private double laneHeight() {
        return Math.max(1, (canvas.getHeight() - HEADER - AXIS) / LANES.length);
    }

    private double laneTop(int lane) {
        return HEADER + lane * laneHeight();
    }

    private double xOf(long time) {
        return GUTTER + viewport.x(time, plotWidth());
    }

    // Painting.

    void draw() {
        long started = System.nanoTime();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (marks == null || w < GUTTER + RIGHT + 40 || h < HEADER + AXIS + LANES.length * 8) {
            return;
        }
        Color text = colour(textStyle, Color.GRAY);
        g.setFont(font());
        drawLanes(g, text, w);
        if (viewport == null || marks.size() == 0) {
            g.setFill(text);
            g.fillText("No events of this digest in the current selection", GUTTER + 12, HEADER + laneHeight() / 2);
        } else {
            List<TimeAxisTicks.Tick> ticks = TimeAxisTicks.between(viewport.from(), viewport.until(), plotWidth(),
                    TICK_SPACING, times.getValue().zone());
            drawGrid(g, ticks, text);
            drawBands(g);
            drawMilestones(g);
            drawMarks(g);
            drawSelection(g);
            drawTags(g, text);
            drawAxis(g, ticks, text);
        }
        lastDrawNanos = System.nanoTime() - started;
    }

    private void drawLanes(GraphicsContext g, Color text, double w) {
        double laneH = laneHeight();
        g.setFill(faded(text, 0.75));
        g.fillText("Tags", 10, TAG_ROW - 6);
        g.fillText("Lifecycle", 10, TAG_ROW + MILESTONE_ROW - 5);
        for (int lane = 0; lane < LANES.length; lane++) {
            double top = laneTop(lane);
            if (lane % 2 == 0) {
                g.setFill(faded(text, 0.05));
                g.fillRect(0, top, w, laneH);
            }
            g.setFill(text);
            g.fillText(LANES[lane].label(), 10, top + laneH / 2 + 4);
            String count = String.format("%,d", marks.laneCounts()[lane]);
            g.setFill(faded(text, 0.7));
            g.fillText(count, GUTTER - 12 - textWidth(count), top + laneH / 2 + 4);
        }
        g.setStroke(faded(text, 0.25));
        g.setLineWidth(1);
        g.strokeLine(GUTTER - 0.5, HEADER, GUTTER - 0.5, laneTop(LANES.length));
    }

    private void drawGrid(GraphicsContext g, List<TimeAxisTicks.Tick> ticks, Color text) {
        g.setStroke(faded(text, 0.12));
        g.setLineWidth(1);
        for (TimeAxisTicks.Tick tick : ticks) {
            double x = Math.round(xOf(tick.time())) + 0.5;
            g.strokeLine(x, HEADER, x, laneTop(LANES.length));
        }
    }

    private void drawBands(GraphicsContext g) {
        double top = laneTop(TimelineLane.VULNERABILITY.ordinal()) + 2;
        double height = laneHeight() - 4;
        double left = GUTTER;
        double right = GUTTER + plotWidth();
        for (TimelineMarks.StatusBand band : marks.bands()) {
            double x1 = xOf(band.from());
            double x2 = Math.max(x1 + 2, xOf(band.until()));
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
     * Lifecycle moments as dashed lines with their names in the row above the lanes. Names of lines close together
     * are joined into one label, set to the right of a line in the left half of the plot and to the left of one in
     * the right half, so that none runs off the canvas.
     */
    private void drawMilestones(GraphicsContext g) {
        double left = GUTTER;
        double right = GUTTER + plotWidth();
        double baseline = TAG_ROW + MILESTONE_ROW - 5;
        List<Milestone> visible = milestones().stream().filter(m -> {
            double x = xOf(m.point().time());
            return x >= left && x <= right;
        }).toList();
        for (Milestone m : visible) {
            double x = Math.round(xOf(m.point().time())) + 0.5;
            g.setStroke(m.colour());
            g.setLineWidth(1.5);
            g.setLineDashes(4, 3);
            g.strokeLine(x, TAG_ROW + 2, x, laneTop(LANES.length));
        }
        g.setLineDashes((double[]) null);
        double gap = textWidth("  ·  ");
        int i = 0;
        while (i < visible.size()) {
            int j = i + 1;
            double groupWidth = textWidth(visible.get(i).label());
            while (j < visible.size() && xOf(visible.get(j).point().time()) - xOf(visible.get(j - 1).point().time())
                    < groupWidth + gap) {
                groupWidth += gap + textWidth(visible.get(j).label());
                j++;
            }
            double first = xOf(visible.get(i).point().time());
            double last = xOf(visible.get(j - 1).point().time());
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

    private record Milestone(TimelinePoint point, String label, Color colour) {
    }

    private List<Milestone> milestones() {
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
     * Counts the visible events per pixel column, lane and outcome, then draws one bar per column and lane with its
     * outcomes stacked (failures on top), so each event is a mark when zoomed in and a dense stretch still shows
     * its mix of outcomes.
     */
    private void drawMarks(GraphicsContext g) {
        double plotW = plotWidth();
        int columns = (int) Math.ceil(plotW) + 1;
        int series = LANES.length * OUTCOMES.length;
        if (bins.length != series || bins[0].length != columns) {
            bins = new int[series][columns];
        } else {
            for (int[] b : bins) {
                Arrays.fill(b, 0);
            }
        }
        long[] t = marks.times();
        byte[] lanes = marks.lanes();
        byte[] outcomes = marks.outcomes();
        int first = lowerBound(t, viewport.time(-MARK_WIDTH, plotW));
        int last = lowerBound(t, viewport.time(plotW + MARK_WIDTH, plotW) + 1);
        double scale = plotW / viewport.span();
        long from = viewport.from();
        for (int i = first; i < last; i++) {
            int x = (int) Math.round((t[i] - from) * scale);
            if (x >= 0 && x < columns) {
                bins[lanes[i] * OUTCOMES.length + outcomes[i]][x]++;
            }
        }
        double laneH = laneHeight();
        double height = Math.max(4, laneH * 0.6);
        for (int lane = 0; lane < LANES.length; lane++) {
            double bottom = laneTop(lane) + (laneH + height) / 2;
            int base = lane * OUTCOMES.length;
            for (int x = 0; x < columns; x++) {
                int total = 0;
                for (int o = 0; o < OUTCOMES.length; o++) {
                    total += bins[base + o][x];
                }
                if (total == 0) {
                    continue;
                }
                double y = bottom;
                for (int o = 0; o < OUTCOMES.length; o++) {
                    int count = bins[base + o][x];
                    if (count > 0) {
                        double part = height * count / total;
                        g.setFill(OUTCOME_COLOURS[o]);
                        g.fillRect(GUTTER + x - 1, y - part, MARK_WIDTH, part);
                        y -= part;
                    }
                }
            }
        }
    }

    private void drawSelection(GraphicsContext g) {
        if (selectedIndex < 0) {
            return;
        }
        Point2D c = markCentre(selectedIndex);
        if (c.getX() < GUTTER || c.getX() > GUTTER + plotWidth()) {
            return;
        }
        double height = Math.max(4, laneHeight() * 0.6) + 6;
        g.setStroke(colour(accentStyle, FIRST_PUSH));
        g.setLineWidth(2);
        g.strokeRoundRect(c.getX() - 4.5, c.getY() - height / 2, MARK_WIDTH + 6, height, 4, 4);
    }

    // Tags that would overlap the one before are left out; hovering their first event still names them.
    private void drawTags(GraphicsContext g, Color text) {
        double end = Double.NEGATIVE_INFINITY;
        Color accent = colour(accentStyle, FIRST_PUSH);
        for (TimelineMarks.TagMark tag : marks.tags()) {
            double x = xOf(tag.time());
            if (x < GUTTER || x > GUTTER + plotWidth() || x < end + 6) {
                continue;
            }
            g.setFill(accent);
            g.fillPolygon(new double[] {x - 4, x + 4, x}, new double[] {TAG_ROW - 4, TAG_ROW - 4, TAG_ROW + 2}, 3);
            g.setFill(text);
            g.fillText(tag.tag(), x + 6, TAG_ROW - 5);
            end = x + 6 + textWidth(tag.tag());
        }
    }

    private void drawAxis(GraphicsContext g, List<TimeAxisTicks.Tick> ticks, Color text) {
        double y = laneTop(LANES.length);
        double right = GUTTER + plotWidth();
        g.setStroke(faded(text, 0.4));
        g.setLineWidth(1);
        g.strokeLine(GUTTER, y + 0.5, right, y + 0.5);
        g.setFill(faded(text, 0.75));
        g.fillText(times.getValue().label(), 10, y + 16);
        for (TimeAxisTicks.Tick tick : ticks) {
            double x = Math.round(xOf(tick.time())) + 0.5;
            g.strokeLine(x, y, x, y + 4);
        }
        for (TimeAxisLabels.Placed label : TimeAxisLabels.place(ticks, this::xOf, this::textWidth, GUTTER, right, 8)) {
            g.fillText(label.text(), label.textX(), y + 16);
        }
    }

    // Picking and describing.

    /** The index of the event whose mark is nearest to (x, y) within a few pixels, or -1. */
    private int eventAt(double x, double y) {
        if (marks == null || viewport == null || y < HEADER || y >= laneTop(LANES.length) || x < GUTTER) {
            return -1;
        }
        int lane = (int) ((y - HEADER) / laneHeight());
        double plotW = plotWidth();
        double px = x - GUTTER;
        long[] t = marks.times();
        int first = lowerBound(t, viewport.time(px - PICK_RADIUS, plotW));
        int last = Math.min(lowerBound(t, viewport.time(px + PICK_RADIUS, plotW) + 1), first + PICK_SCAN_LIMIT);
        int best = -1;
        double bestDistance = PICK_RADIUS + 1;
        for (int i = first; i < last; i++) {
            if (marks.lanes()[i] == lane) {
                double d = Math.abs(viewport.x(t[i], plotW) - px);
                if (d < bestDistance) {
                    best = i;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    private void describe(double x, double y) {
        int i = eventAt(x, y);
        if (i < 0) {
            hover.setVisible(false);
            setCursor(Cursor.DEFAULT);
            return;
        }
        int row = marks.row(i);
        TimeDisplay display = times.getValue();
        var store = marks.store();
        String ip = EventTableColumn.IP.text(store, row, display);
        String target = EventTableColumn.TARGET.text(store, row, display);
        hover.setText(EventTableColumn.TIME.text(store, row, display) + " " + display.label() + "\n"
                + EventTableColumn.ACTION.text(store, row, display) + " · "
                + EventTableColumn.OUTCOME.text(store, row, display) + "\n"
                + EventTableColumn.INITIATOR.text(store, row, display) + (ip.isEmpty() ? "" : " from " + ip)
                + (target.isEmpty() ? "" : "\n" + target));
        hover.autosize();
        double hx = x + 14 + hover.getWidth() > getWidth() ? x - 14 - hover.getWidth() : x + 14;
        double hy = Math.min(getHeight() - hover.getHeight() - 2, y + 12);
        hover.relocate(Math.max(0, hx), Math.max(0, hy));
        hover.setVisible(true);
        setCursor(Cursor.HAND);
    }

    private int indexOfRow(int row) {
        if (marks == null || row < 0) {
            return -1;
        }
        for (int i = 0; i < marks.size(); i++) {
            if (marks.row(i) == row) {
                return i;
            }
        }
        return -1;
    }

    // Mouse and keys.

    private void pressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() == MouseButton.PRIMARY && viewport != null) {
            pressX = e.getX();
            pressViewport = viewport;
            dragging = false;
        }
    }

    private void dragged(MouseEvent e) {
        if (pressX < 0) {
            return;
        }
        double dx = e.getX() - pressX;
        // A click that wobbles a pixel is still a click.
        if (!dragging && Math.abs(dx) >= 3) {
            dragging = true;
            hover.setVisible(false);
            setCursor(Cursor.CLOSED_HAND);
        }
        if (dragging) {
            viewport = pressViewport.panned(dx, plotWidth());
            draw();
        }
    }

    private void released(MouseEvent e) {
        boolean click = pressX >= 0 && !dragging;
        pressX = -1;
        dragging = false;
        setCursor(Cursor.DEFAULT);
        if (click) {
            int i = eventAt(e.getX(), e.getY());
            if (i >= 0) {
                setSelectedRow(marks.row(i));
                onPick.accept(marks.row(i));
            }
        }
    }

    private void scrolled(ScrollEvent e) {
        if (viewport == null) {
            return;
        }
        double plotW = plotWidth();
        if (e.getDeltaY() != 0) {
            double anchor = Math.max(0, Math.min(plotW, e.getX() - GUTTER));
            viewport = viewport.zoomed(Math.exp(-e.getDeltaY() * WHEEL_ZOOM), anchor, plotW);
        }
        if (e.getDeltaX() != 0) {
            viewport = viewport.panned(e.getDeltaX(), plotW);
        }
        hover.setVisible(false);
        draw();
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (viewport == null) {
            return;
        }
        double plotW = plotWidth();
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> viewport = viewport.zoomed(0.7, plotW / 2, plotW);
            case MINUS, SUBTRACT -> viewport = viewport.zoomed(1 / 0.7, plotW / 2, plotW);
            case LEFT -> viewport = viewport.panned(plotW / 8, plotW);
            case RIGHT -> viewport = viewport.panned(-plotW / 8, plotW);
            case HOME, DIGIT0 -> {
                fit();
                e.consume();
                return;
            }
            default -> {
                return;
            }
        }
        draw();
        e.consume();
    }

    // Helpers.

    private static int lowerBound(long[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private Font font() {
        return textStyle.getFont();
    }

    private double textWidth(String s) {
        Text measure = new Text(s);
        measure.setFont(font());
        return measure.getLayoutBounds().getWidth();
    }

    private static Color colour(Label style, Color fallback) {
        return style.getTextFill() instanceof Color c ? c : fallback;
    }

    private static Color faded(Color c, double opacity) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity() * opacity);
    }
}
