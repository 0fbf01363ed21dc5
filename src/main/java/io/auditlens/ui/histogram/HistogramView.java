package io.auditlens.ui.histogram;

import io.auditlens.chart.BarLayout;
import io.auditlens.engine.HistogramData;
import io.auditlens.ui.common.EventColours;
import io.auditlens.ui.common.TimeAxisLabels;
import io.auditlens.ui.common.TimeAxisTicks;
import io.auditlens.ui.common.TimeDisplay;
import io.auditlens.ui.window.ExplorerModel;
import atlantafx.base.controls.Spacer;
import io.auditlens.query.TimeRange;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.control.Tooltip;

import java.text.NumberFormat;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Events over time as stacked bars coloured by outcome, drawn from the engine's histogram. Dragging selects a
 * time range (applied to the request); a double-click removes it. Hovering names the bucket under the mouse.
 */
public final class HistogramView extends VBox {

    private static final double AXIS_HEIGHT = 19;
    /** The least room between ticks, and between two labels. */
    private static final double TICK_SPACING = 60;
    private static final double LABEL_GAP = 16;

    private final ExplorerModel model;
    private final Canvas canvas = new Canvas();
    private final Pane plot = new Pane(canvas);
    private final Rectangle dragBand = new Rectangle();
    private final Label hover = new Label();
    private final Label range = new Label();
    private final Label scale = new Label();
    private final HBox legend = new HBox(10);
    // A check box rather than a switch: its words say what the overlay is.
    private final CheckBox labelled = new CheckBox("Labelled");
    private HistogramData data = HistogramData.EMPTY;
    private double dragStartX = -1;

    public HistogramView(ExplorerModel model) {
        this.model = model;
        setId("histogram");
        getStyleClass().add("histogram");
        plot.getStyleClass().add("histogram-plot");
        plot.setMinHeight(60);
        plot.setPrefHeight(90);
        canvas.widthProperty().bind(plot.widthProperty());
        canvas.heightProperty().bind(plot.heightProperty());
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
        // The axis text takes the theme's colour from a label, so a theme switch redraws the canvas.
        scale.textFillProperty().addListener(o -> draw());
        dragBand.getStyleClass().add("histogram-drag");
        dragBand.setVisible(false);
        dragBand.setManaged(false);
        plot.getChildren().add(dragBand);
        VBox.setVgrow(plot, Priority.ALWAYS);

        hover.getStyleClass().add("histogram-hover");
        range.getStyleClass().add("histogram-range");
        legend.getStyleClass().add("histogram-legend");
        scale.getStyleClass().add("histogram-scale");
        scale.setMinWidth(0);
        range.setMinWidth(0);
        // The hover text floats over the bars, so the caption below keeps its room for legend, scale and range.
        hover.setManaged(false);
        hover.relocate(6, 2);
        plot.getChildren().add(hover);
        labelled.setId("histogramLabelled");
        labelled.getStyleClass().add("histogram-labelled");
        labelled.setSelected(true);
        labelled.setMinWidth(USE_PREF_SIZE);
        labelled.setTooltip(new Tooltip("Shade in each bar the events that carry a label, and point to those bars"));
        labelled.selectedProperty().addListener(o -> draw());
        HBox caption = new HBox(12, legend, labelled, new Spacer(), scale, range);
        caption.setPadding(new Insets(0, 4, 0, 4));
        getChildren().addAll(plot, caption);

        Tooltip.install(plot, new Tooltip("Drag to select a time range; double-click to show all times"));
        plot.setOnMousePressed(this::pressed);
        plot.setOnMouseDragged(this::dragged);
        plot.setOnMouseReleased(this::released);
        plot.setOnMouseMoved(e -> describeBucket(e.getX()));
        plot.setOnMouseExited(e -> hover.setText(""));
        model.resultProperty().addListener((obs, old, result) -> {
            data = result == null ? HistogramData.EMPTY : result.histogram();
            hover.setText("");
            showLegend();
            draw();
        });
        model.requestProperty().addListener((obs, old, request) -> showRange(request.range()));
        hover.textProperty().addListener((obs, old, text) -> {
            hover.setVisible(!text.isEmpty());
            hover.autosize();
        });
        model.timeDisplayProperty().addListener((obs, old, display) -> showRange(model.getRequest().range()));
        showRange(TimeRange.ALL);
    }

    /** The data drawn now, for tests. */
    public HistogramData shownData() {
        return data;
    }

    /** Whether labelled events are outlined in the bars (they are when the bars have any and the box is ticked). */
    public CheckBox labelledToggle() {
        return labelled;
    }

    private void showLegend() {
        labelled.setVisible(data.anyLabelled());
        labelled.setManaged(data.anyLabelled());
        legend.getChildren().clear();
        for (String series : data.series()) {
            Rectangle swatch = new Rectangle(10, 10, colour(series));
            Label l = new Label(series.isEmpty() ? "no outcome" : series, swatch);
            l.getStyleClass().add("histogram-legend-item");
            l.setMinWidth(USE_PREF_SIZE);
            legend.getChildren().add(l);
        }
    }

    private void showRange(TimeRange r) {
        TimeDisplay times = model.timeDisplayProperty().get();
        scale.setVisible(r.isAll());
        scale.setManaged(r.isAll());
        range.setText(r.isAll() ? ""
                : times.format(r.from()).substring(0, 16) + " – " + times.format(r.until()).substring(0, 16) + " "
                + times.label() + " · double-click to reset");
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        int buckets = data.buckets();
        if (buckets == 0 || w <= 0 || h <= AXIS_HEIGHT) {
            scale.setText("");
            return;
        }
        long max = 1;
        for (int b = 0; b < buckets; b++) {
            max = Math.max(max, data.total(b));
        }
        BarLayout bars = layout(max);
        List<String> series = data.series();
        for (int b = 0; b < buckets; b++) {
            double y = bars.height();
            for (int s = 0; s < series.size(); s++) {
                double barHeight = bars.height(data.counts()[s][b]);
                if (barHeight == 0) {
                    continue;
                }
                g.setFill(colour(series.get(s)));
                g.fillRect(bars.x(b), y - barHeight, bars.barWidth(), barHeight);
                y -= barHeight;
            }
        }
        if (labelled.isSelected()) {
            drawLabelled(g, bars);
        }
        drawAxis(g, w, h);
        scale.setText("Bars of " + data.barWidth() + " · highest "
                + NumberFormat.getIntegerInstance().format(max));
    }

    // In the text colour, which no outcome uses: the labelled share of a bar is shaded and outlined (at least a few
    // pixels, so that one labelled event among thousands still shows) and a small triangle above the bar points it out.
    private void drawLabelled(GraphicsContext g, BarLayout bars) {
        Color ink = scale.getTextFill() instanceof Color c ? c : Color.gray(0.2);
        g.setLineWidth(1.2);
        for (int b = 0; b < data.buckets(); b++) {
            long n = data.labelled()[b];
            if (n == 0) {
                continue;
            }
            double height = Math.max(4, bars.height(n));
            double x = bars.x(b);
            double width = Math.max(2, bars.barWidth());
            double chartHeight = bars.height();
            g.setFill(ink.deriveColor(0, 1, 1, 0.45));
            g.fillRect(x, chartHeight - height, width, height);
            g.setStroke(ink);
            g.strokeRect(x, chartHeight - height, width, height);
            double top = Math.max(7, chartHeight - bars.height(data.total(b)) - 2);
            double middle = x + width / 2;
            g.setFill(ink);
            g.fillPolygon(new double[] {middle - 4, middle + 4, middle}, new double[] {top - 6, top - 6, top}, 3);
        }
    }

    // Ticks on round times of the display zone, labelled where the labels fit (see TimeAxisLabels).
    private void drawAxis(GraphicsContext g, double w, double h) {
        Paint text = scale.getTextFill() != null ? scale.getTextFill() : Color.GRAY;
        Font font = scale.getFont();
        ToDoubleFunction<String> width = label -> textWidth(label, font);
        List<TimeAxisTicks.Tick> ticks = TimeAxisTicks.fitting(data.start(), data.end(), w, TICK_SPACING, LABEL_GAP,
                model.timeDisplayProperty().get().zone(), width);
        double top = h - AXIS_HEIGHT;
        g.setStroke(text);
        g.setLineWidth(1);
        for (TimeAxisTicks.Tick tick : ticks) {
            double x = Math.round(xOf(tick.time())) + 0.5;
            g.strokeLine(x, top, x, top + 4);
        }
        g.setFill(text);
        g.setFont(font);
        for (TimeAxisLabels.Placed label : TimeAxisLabels.place(ticks, this::xOf, width, 2, w - 2, LABEL_GAP)) {
            g.fillText(label.text(), label.textX(), h - 3);
        }
    }

    private static double textWidth(String s, Font font) {
        Text measure = new Text(s);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    // The canvas's bars, the report's layout: equal slots over the width, heights up to the axis.
    private BarLayout layout(long max) {
        return new BarLayout(data.buckets(), 0, canvas.getWidth(), canvas.getHeight() - AXIS_HEIGHT, max, 1);
    }

    // Bars are drawn equally wide even when their spans differ (months), so x maps to time bar by bar.
    private double xOf(long time) {
        long[] bounds = data.bounds();
        BarLayout bars = layout(1);
        for (int b = 0; b < data.buckets(); b++) {
            if (time < bounds[b + 1]) {
                double within = Math.max(0, (double) (time - bounds[b]) / (bounds[b + 1] - bounds[b]));
                return bars.slotLeft(b) + within * bars.slot();
            }
        }
        return canvas.getWidth();
    }

    private long timeAt(double x) {
        long[] bounds = data.bounds();
        double position = layout(1).position(x);
        int b = Math.min(data.buckets() - 1, (int) position);
        return bounds[b] + Math.round((position - b) * (bounds[b + 1] - bounds[b]));
    }

    private void describeBucket(double x) {
        int buckets = data.buckets();
        if (buckets == 0) {
            hover.setText("");
            return;
        }
        int b = layout(1).barAt(x);
        StringBuilder parts = new StringBuilder();
        NumberFormat n = NumberFormat.getIntegerInstance();
        for (int s = 0; s < data.series().size(); s++) {
            long c = data.counts()[s][b];
            if (c > 0) {
                parts.append(parts.length() == 0 ? "" : ", ").append(n.format(c)).append(' ').append(data.series().get(s));
            }
        }
        TimeDisplay times = model.timeDisplayProperty().get();
        hover.setText(times.format(data.bounds()[b]).substring(0, 16) + "  "
                + n.format(data.total(b)) + " events" + (parts.length() == 0 ? "" : " (" + parts + ")")
                + (data.labelled()[b] == 0 ? "" : ", " + n.format(data.labelled()[b]) + " labelled"));
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (e.getClickCount() == 2) {
            dragStartX = -1;
            if (!model.getRequest().range().isAll()) {
                model.updateRequest(r -> r.withRange(TimeRange.ALL));
            }
            return;
        }
        dragStartX = e.getX();
    }

    private void dragged(MouseEvent e) {
        if (dragStartX < 0 || data.buckets() == 0) {
            return;
        }
        double x = Math.max(0, Math.min(canvas.getWidth(), e.getX()));
        dragBand.setX(Math.min(dragStartX, x));
        dragBand.setY(0);
        dragBand.setWidth(Math.abs(x - dragStartX));
        dragBand.setHeight(canvas.getHeight() - AXIS_HEIGHT);
        dragBand.setVisible(true);
    }

    private void released(MouseEvent e) {
        dragBand.setVisible(false);
        if (dragStartX < 0 || data.buckets() == 0) {
            return;
        }
        double x = e.getX();
        // A click without a drag is not a range.
        if (Math.abs(x - dragStartX) >= 3) {
            long from = timeAt(Math.min(dragStartX, x));
            long to = timeAt(Math.max(dragStartX, x));
            model.updateRequest(r -> r.withRange(new TimeRange(from, to)));
        }
        dragStartX = -1;
    }

    private static Color colour(String outcome) {
        return EventColours.outcome(outcome);
    }
}
