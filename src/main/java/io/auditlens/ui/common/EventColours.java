package io.auditlens.ui.common;

import javafx.scene.paint.Color;

import java.util.Locale;
import java.util.Map;

/**
 * The colours the window gives event outcomes and vulnerability statuses on its canvases (histogram, timeline),
 * so that a failure or a FAIL reads the same everywhere. Readable on the light and the dark theme alike.
 */
public final class EventColours {

    private static final Color GREEN = Color.web("#2da44e");
    private static final Color RED = Color.web("#cf222e");
    private static final Color AMBER = Color.web("#d4a72c");
    private static final Color GREY = Color.web("#8c959f");

    private static final Map<String, Color> OUTCOMES = Map.of("success", GREEN, "failure", RED, "pending", AMBER);
    private static final Map<String, Color> STATUSES = Map.of("ok", GREEN, "warn", AMBER, "fail", RED);

    private EventColours() {
    }

    /** The colour of an outcome (any case); grey for other values and none. */
    public static Color outcome(String outcome) {
        return outcome == null ? GREY : OUTCOMES.getOrDefault(outcome.toLowerCase(Locale.ROOT), GREY);
    }

    /** The colour of a vulnerability status (any case); grey for UNSCANNED, INCOMPLETE, UNSUPPORTED and others. */
    public static Color status(String status) {
        return status == null ? GREY : STATUSES.getOrDefault(status.toLowerCase(Locale.ROOT), GREY);
    }
}
