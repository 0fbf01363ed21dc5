package io.auditlens.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.auditlens.event.EventTime;
import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;

class HistogramTest {

    @TempDir
    static Path dir;

    private static SelectionEngine engine;

    @BeforeAll
    static void load() throws Exception {
        engine = new SelectionEngine(TestInputs.loadEvents(dir, List.of(
                EventJson.at("2026-01-31T23:59:59.999Z", "image.pull").outcome("success"),
                EventJson.at("2026-02-01T00:00:00Z", "image.pull").outcome("failure"),
                EventJson.at("2026-02-01T00:30:00Z", "image.pull").outcome("success"),
                EventJson.at("2026-02-15T10:00:00Z", "image.pull"),
                EventJson.at("2026-03-02T10:00:00Z", "image.pull").outcome("success"))).store());
    }

    private static long t(String iso) {
        return EventTime.parse(iso);
    }

    @Test
    void monthsFollowTheCalendar() {
        Histogram h = engine.evaluate(Selection.all()).histogram(BucketSize.MONTH);
        assertEquals(3, h.buckets());
        assertEquals(t("2026-01-01T00:00:00Z"), h.start(0));
        assertEquals(t("2026-02-01T00:00:00Z"), h.start(1));
        assertEquals(t("2026-03-01T00:00:00Z"), h.start(2));
        assertEquals(t("2026-04-01T00:00:00Z"), h.end(2));
        assertEquals(List.of("success", "", "failure"), h.outcomes());
        assertEquals(1, h.total(0));
        assertEquals(3, h.total(1));
        assertEquals(1, h.count(0, 1));
        assertEquals(1, h.count(1, 1));
        assertEquals(1, h.count(2, 1));
        assertEquals(3, h.maxTotal());
    }

    @Test
    void hoursAreAlignedOnTheHour() {
        Histogram h = engine.evaluate(Selection.all().withRange(
                new TimeRange(t("2026-01-31T23:00:00Z"), t("2026-02-01T02:00:00Z")))).histogram(BucketSize.HOUR);
        assertEquals(3, h.buckets());
        assertEquals(1, h.total(0));
        assertEquals(2, h.total(1));
        assertEquals(0, h.total(2));
    }

    @Test
    void weeksStartOnMonday() {
        BucketSize week = BucketSize.WEEK;
        // 2026-03-04 is a Wednesday.
        assertEquals(t("2026-03-02T00:00:00Z"), week.floor(t("2026-03-04T12:00:00Z")));
        assertEquals(t("2026-03-02T00:00:00Z"), week.floor(t("2026-03-02T00:00:00Z")));
    }

    @Test
    void severalMinutesAndMonths() {
        BucketSize five = new BucketSize(5, ChronoUnit.MINUTES);
        assertEquals(t("2026-03-04T12:05:00Z"), five.floor(t("2026-03-04T12:09:59.999Z")));
        BucketSize quarter = new BucketSize(3, ChronoUnit.MONTHS);
        assertEquals(t("2026-01-01T00:00:00Z"), quarter.floor(t("2026-03-31T00:00:00Z")));
        assertEquals(t("2026-04-01T00:00:00Z"), quarter.next(t("2026-01-01T00:00:00Z")));
        assertEquals(t("1969-12-01T00:00:00Z"), BucketSize.MONTH.floor(t("1969-12-31T23:00:00Z")));
        assertEquals("5 minutes", five.label());
        assertEquals("month", BucketSize.MONTH.label());
    }

    @Test
    void fittingPicksTheFinestSizeThatFits() {
        assertEquals(BucketSize.HOUR, BucketSize.fitting(t("2026-03-01T00:00:00Z"), t("2026-03-03T00:00:00Z"), 100));
        assertEquals(BucketSize.MINUTE, BucketSize.fitting(0, 60_000 * 50, 100));
    }

    @Test
    void anEmptySelectionHasNoBars() throws Exception {
        assertEquals(0, engine.evaluate(Selection.of("outcome:none")).histogram(BucketSize.DAY).buckets());
    }

    @Test
    void tooManyBarsAreRefused() {
        Selection s = Selection.all().withRange(new TimeRange(0, t("2026-01-01T00:00:00Z")));
        assertThrows(IllegalArgumentException.class, () -> engine.evaluate(s).histogram(BucketSize.MINUTE));
    }

    @Test
    void unsupportedUnitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BucketSize(1, ChronoUnit.SECONDS));
        assertThrows(IllegalArgumentException.class, () -> new BucketSize(0, ChronoUnit.DAYS));
    }
}
