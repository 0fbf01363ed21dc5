package io.auditlens.ui.timeline;

import io.auditlens.ui.common.EventColours;
import io.auditlens.ui.common.TimeDisplay;
import io.auditlens.ui.window.MainWindow;
import io.auditlens.query.RowSet;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.store.EventStoreBuilder;
import io.auditlens.store.RawKind;
import io.auditlens.store.SourceFile;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measures how long the timeline takes to draw a digest with 100,000 events and prints the figures. Nothing here
 * asserts a time: the figures depend on the machine; the assertions only check that the marks were drawn.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineDrawTimeTest {

    private static final String DIGEST = "sha256:" + "5a5a5a5a5a5a5a5a".repeat(4);
    private static final int EVENTS = 100_000;
    private static final int FRAMES = 30;

    private TimelineCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new TimelineCanvas(new SimpleObjectProperty<>(TimeDisplay.UTC));
        Scene scene = new Scene(new StackPane(canvas), 1200, 420);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(MainWindow.STYLESHEET))
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aDigestWithAHundredThousandEventsDraws() throws Exception {
        EventStore store = busyDigest();
        long buildStart = System.nanoTime();
        TimelineMarks marks = TimelineMarks.of(store, DIGEST, RowSet.all(store.size()), true);
        long buildNanos = System.nanoTime() - buildStart;
        assertEquals(EVENTS, marks.size());

        WaitForAsyncUtils.asyncFx(() -> canvas.show(marks, false)).get();
        double[] fitted = frames(false);
        WaitForAsyncUtils.asyncFx(() -> canvas.fireEvent(new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, 600, 200, 600, 200, false, false, false, false, false, false,
                0, 600, 0, 600, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null))).get();
        double[] zoomed = frames(false);
        WaitForAsyncUtils.asyncFx(canvas::fit).get();
        double[] rendered = frames(true);

        System.out.printf(Locale.ROOT, "Timeline of %,d events: built in %.1f ms; a frame computed and issued in"
                        + " %.2f ms (median of %d, fitted), %.2f ms zoomed in 20x; %.1f ms with the software renderer"
                        + " painting it to pixels%n", EVENTS, buildNanos / 1e6, fitted[FRAMES / 2], FRAMES,
                zoomed[FRAMES / 2], rendered[FRAMES / 2]);

        WritableImage image = WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null)).get();
        assertTrue(countPixels(image, EventColours.outcome("success")) > 1000, "success marks drawn");
        assertTrue(countPixels(image, EventColours.outcome("failure")) > 10, "failure marks drawn");
    }

    /** Milliseconds per frame, sorted; with {@code render}, each frame is also painted to pixels. */
    private double[] frames(boolean render) throws Exception {
        double[] ms = new double[FRAMES];
        for (int warm = 0; warm < 5; warm++) {
            WaitForAsyncUtils.asyncFx(canvas::draw).get();
        }
        for (int i = 0; i < FRAMES; i++) {
            ms[i] = WaitForAsyncUtils.asyncFx(() -> {
                long started = System.nanoTime();
                canvas.draw();
                if (render) {
                    canvas.snapshot(null, null);
                }
                return (System.nanoTime() - started) / 1e6;
            }).get();
        }
        Arrays.sort(ms);
        return ms;
    }

    /**
     * A store whose 100,000 events all name one digest over 90 days: pulls mostly, some failing, pushes, tags,
     * status reads that change now and then, signatures and inspections. Built directly, without files.
     */
    private static EventStore busyDigest() {
        EventStoreBuilder builder = new EventStoreBuilder();
        List<String> actions = List.of("image.pull", "image.pull", "image.pull", "image.pull", "image.push",
                "image.tag", "image.inspect", "image-vulnerability-status.read", "signature.write", "auth.get");
        List<String> outcomes = List.of("success", "success", "success", "success", "success", "success",
                "success", "success", "success", "success", "success", "success", "failure", "pending");
        List<String> statuses = List.of("OK", "WARN", "FAIL");
        int[][] codes = new int[EventColumn.values().length][1];
        Random random = new Random(7);
        long start = 1_772_323_200_000L;
        long span = 90L * 86_400_000L;
        long[] times = new long[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            times[i] = start + (long) (span * Math.pow(random.nextDouble(), 1.5));
        }
        Arrays.sort(times);
        for (int i = 0; i < EVENTS; i++) {
            String action = "container-registry." + actions.get(random.nextInt(actions.size()));
            Arrays.stream(codes).forEach(c -> c[0] = 0);
            codes[EventColumn.ACTION.ordinal()][0] = builder.dictionary(EventColumn.ACTION).encode(action);
            codes[EventColumn.OUTCOME.ordinal()][0] = builder.dictionary(EventColumn.OUTCOME)
                    .encode(outcomes.get(random.nextInt(outcomes.size())));
            codes[EventColumn.DIGEST.ordinal()][0] = builder.dictionary(EventColumn.DIGEST).encode(DIGEST);
            codes[EventColumn.TAG.ordinal()][0] = builder.dictionary(EventColumn.TAG).encode("v1." + (i * 8 / EVENTS));
            codes[EventColumn.INITIATOR_NAME.ordinal()][0] = builder.dictionary(EventColumn.INITIATOR_NAME)
                    .encode("user" + random.nextInt(40) + "@example.com");
            if (action.endsWith("status.read")) {
                codes[EventColumn.STATUS.ordinal()][0] = builder.dictionary(EventColumn.STATUS)
                        .encode(statuses.get(i * 5 / EVENTS % statuses.size()));
            }
            builder.add(times[i], codes, 0, 0, 0, 0, 0, 0, RawKind.values()[0]);
        }
        Path nowhere = Path.of("synthetic.ndjson");
        return builder.build(List.of(new SourceFile(0, nowhere, "synthetic.ndjson", nowhere, 0, 0, false)));
    }

    private static int countPixels(WritableImage image, Color colour) {
        PixelReader pixels = image.getPixelReader();
        int n = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                if (Math.abs(c.getRed() - colour.getRed()) < 0.02 && Math.abs(c.getGreen() - colour.getGreen()) < 0.02
                        && Math.abs(c.getBlue() - colour.getBlue()) < 0.02) {
                    n++;
                }
            }
        }
        return n;
    }
}
