package io.auditlens.ui.timeline;

import io.auditlens.chart.TimelineViewport;
import io.auditlens.ui.common.EventTableColumn;
import io.auditlens.ui.common.TimeDisplay;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * One digest's timeline on a single canvas (painted by {@link TimelinePainter}, laid out by {@link TimelineFrame}):
 * this node holds what is shown, the visible span and the selected event, and turns the mouse and keys into
 * zooming, panning, describing and picking. The wheel zooms about the mouse, dragging pans, hovering describes
 * the event under the mouse and a click picks it.
 */
final class TimelineCanvas extends Region {

    private static final double WHEEL_ZOOM = 0.005;

    private final Canvas canvas = new Canvas();
    private final Label hover = new Label();
    // Never shown: they carry the theme's text and accent colours and font from the style sheet to the canvas.
    private final Label textStyle = new Label();
    private final Label accentStyle = new Label();
    private final ObservableValue<TimeDisplay> times;
    private final TimelinePainter painter = new TimelinePainter();
    private TimelineMarks marks;
    private TimelineViewport viewport;
    private int selectedRow = -1;
    private int selectedIndex = -1;
    private IntConsumer onPick = row -> { };
    private Function<List<Integer>, List<MenuItem>> markMenu = rows -> List.of();
    private ContextMenu shownMenu;
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
        setOnContextMenuRequested(this::markMenuRequested);
    }

    /** Shows a timeline; {@code keepView} keeps the visible span (the same digest under a new selection). */
    void show(TimelineMarks newMarks, boolean keepView) {
        marks = newMarks;
        selectedIndex = TimelineHits.indexOfRow(marks, selectedRow);
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
            selectedIndex = TimelineHits.indexOfRow(marks, row);
            draw();
        }
    }

    /** Told the store row of each event the user clicks. */
    void setOnPick(IntConsumer handler) {
        onPick = handler;
    }

    /** Told the store rows of a mark's events when its context menu opens; answers the menu's items. */
    void setMarkMenu(Function<List<Integer>, List<MenuItem>> menu) {
        markMenu = menu;
    }

    /** The context menu of a mark shown last, or null; for tests. */
    ContextMenu shownMenu() {
        return shownMenu;
    }

    /** The store rows of the events drawn in the mark at (x, y), in time order; empty when no mark is there. */
    List<Integer> rowsAt(double x, double y) {
        List<Integer> rows = new ArrayList<>();
        for (int i : TimelineHits.eventsAt(marks, frame(), x, y)) {
            rows.add(marks.row(i));
        }
        return rows;
    }

    // The mouse's right button opens it on release (every platform, and headless robots, send that); the keyboard's
    // menu key opens it on the selected event's mark.
    private void markMenuRequested(ContextMenuEvent e) {
        if (e.isKeyboardTrigger() && selectedIndex >= 0) {
            Point2D at = markCentre(selectedIndex);
            showMarkMenu(at.getX(), at.getY(), localToScreen(at).getX(), localToScreen(at).getY());
        }
        e.consume();
    }

    private void showMarkMenu(double x, double y, double screenX, double screenY) {
        List<Integer> rows = rowsAt(x, y);
        if (shownMenu != null) {
            shownMenu.hide();
        }
        if (rows.isEmpty()) {
            return;
        }
        hover.setVisible(false);
        MenuItem title = new MenuItem(rows.size() == 1 ? "This event" : String.format("The %,d events of this mark",
                rows.size()));
        title.setDisable(true);
        shownMenu = new ContextMenu(title, new SeparatorMenuItem());
        shownMenu.setId("timelineMarkMenu");
        shownMenu.getItems().addAll(markMenu.apply(rows));
        shownMenu.show(this, screenX, screenY);
    }

    /** The span shown, or null when nothing is. */
    TimelineViewport viewport() {
        return viewport;
    }

    /** Nanoseconds the last frame took to compute and issue, for measuring. */
    long lastDrawNanos() {
        return lastDrawNanos;
    }

    /** The store the shown marks come from, or null while none are shown. */
    io.auditlens.store.EventStore store() {
        return marks == null ? null : marks.store();
    }

    /** The centre of the i-th event's mark in this node's coordinates, for tests and keyboard focus. */
    Point2D markCentre(int i) {
        double[] c = TimelineHits.markCentre(marks, frame(), i);
        return new Point2D(c[0], c[1]);
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

    private TimelineFrame frame() {
        return new TimelineFrame(canvas.getWidth(), canvas.getHeight(), viewport);
    }

    void draw() {
        long started = System.nanoTime();
        TimelinePainter.Style style = new TimelinePainter.Style(colour(textStyle, Color.GRAY),
                colour(accentStyle, TimelinePainter.FIRST_PUSH), textStyle.getFont());
        painter.paint(canvas.getGraphicsContext2D(), frame(), marks, selectedIndex, style, times.getValue());
        lastDrawNanos = System.nanoTime() - started;
    }

    private void describe(double x, double y) {
        int i = TimelineHits.eventAt(marks, frame(), x, y);
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
            viewport = pressViewport.panned(dx, frame().plotWidth());
            draw();
        }
    }

    private void released(MouseEvent e) {
        if (e.getButton() == MouseButton.SECONDARY) {
            showMarkMenu(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            return;
        }
        boolean click = pressX >= 0 && !dragging;
        pressX = -1;
        dragging = false;
        setCursor(Cursor.DEFAULT);
        if (click) {
            int i = TimelineHits.eventAt(marks, frame(), e.getX(), e.getY());
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
        double plotW = frame().plotWidth();
        if (e.getDeltaY() != 0) {
            double anchor = Math.max(0, Math.min(plotW, e.getX() - TimelineFrame.GUTTER));
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
        double plotW = frame().plotWidth();
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

    private static Color colour(Label style, Color fallback) {
        return style.getTextFill() instanceof Color c ? c : fallback;
    }
}
