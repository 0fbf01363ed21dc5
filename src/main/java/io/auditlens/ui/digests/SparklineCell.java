package io.auditlens.ui.digests;

import javafx.scene.control.TableCell;
import javafx.scene.shape.Polyline;

/**
 * A table cell drawing a row of counts as a small line: how busy a digest was across the selection's span. The
 * line is a styled shape rather than canvas pixels so that it takes the theme's accent colour from the style sheet.
 */
final class SparklineCell<S> extends TableCell<S, int[]> {

    static final double WIDTH = 96;
    private static final double HEIGHT = 16;

    private final Polyline line = new Polyline();

    SparklineCell() {
        getStyleClass().add("sparkline-cell");
        line.getStyleClass().add("sparkline");
    }

    @Override
    protected void updateItem(int[] counts, boolean empty) {
        super.updateItem(counts, empty);
        setText(null);
        if (empty || counts == null || counts.length == 0) {
            setGraphic(null);
            return;
        }
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        Double[] points = new Double[counts.length * 2];
        double step = counts.length == 1 ? 0 : WIDTH / (counts.length - 1);
        for (int i = 0; i < counts.length; i++) {
            points[2 * i] = i * step;
            points[2 * i + 1] = HEIGHT - HEIGHT * counts[i] / max;
        }
        line.getPoints().setAll(points);
        setGraphic(line);
    }
}
