package io.auditlens.ui.common;

import io.auditlens.evidence.LabelNames;
import javafx.scene.layout.Region;

/** A small square in a label's colour, shown beside its name in menus, the labels facet and the Labels column. */
public final class LabelSwatch {

    private static final String FALLBACK = "#9e9e9e";

    private LabelSwatch() {
    }

    /** A swatch of this {@code #rrggbb} colour; grey for anything else (a case file edited by hand may hold it). */
    public static Region of(String colour) {
        Region r = new Region();
        r.getStyleClass().add("label-swatch");
        r.setStyle("-fx-background-color: " + safe(colour) + ";");
        r.setMinSize(10, 10);
        r.setPrefSize(10, 10);
        r.setMaxSize(10, 10);
        return r;
    }

    /** The colour when it is {@code #rrggbb}, else a neutral grey, so it can go into a style. */
    public static String safe(String colour) {
        return LabelNames.colourProblem(colour).isEmpty() ? colour : FALLBACK;
    }
}
