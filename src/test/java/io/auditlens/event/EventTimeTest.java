package io.auditlens.event;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventTimeTest {

    private static final long T = Instant.parse("2026-03-04T12:34:56.789Z").toEpochMilli();

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-03-04T12:34:56.789+0000",
            "2026-03-04T12:34:56.789+00:00",
            "2026-03-04T12:34:56.789Z",
            "2026-03-04T12:34:56.789z",
            "2026-03-04T12:34:56.789",
            "2026-03-04T12:34:56.789-00:00",
            "2026-03-04T12:34:56.789+00",
            "2026-03-04 12:34:56.789+0000",
            "2026-03-04T12:34:56,789Z",
            "2026-03-04T14:34:56.789+0200",
            "2026-03-04T07:04:56.789-05:30",
    })
    void everyZoneSpellingGivesTheSameInstant(String text) {
        assertEquals(T, EventTime.parse(text));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-03-04T12:34:56+0000, 0",
            "2026-03-04T12:34:56.7+0000, 700",
            "2026-03-04T12:34:56.78+0000, 780",
            "2026-03-04T12:34:56.789+0000, 789",
            "2026-03-04T12:34:56.7891+0000, 789",
            "2026-03-04T12:34:56.78912+0000, 789",
            "2026-03-04T12:34:56.789123+0000, 789",
            "2026-03-04T12:34:56.7891234+0000, 789",
            "2026-03-04T12:34:56.78912345+0000, 789",
            "2026-03-04T12:34:56.789123456+0000, 789",
    })
    void zeroToNineFractionDigits(String text, long millis) {
        assertEquals(Instant.parse("2026-03-04T12:34:56Z").toEpochMilli() + millis, EventTime.parse(text));
    }

    @Test
    void theTwoDigitFractionOfPublishedSamples() {
        assertEquals(Instant.parse("2019-11-03T21:40:53.940Z").toEpochMilli(),
                EventTime.parse("2019-11-03T21:40:53.94+0000"));
    }

    @Test
    void negativeOffsetsAreBehindUtc() {
        assertEquals(Instant.parse("2026-03-04T17:00:00Z").toEpochMilli(), EventTime.parse("2026-03-04T12:00:00-0500"));
        assertEquals(Instant.parse("2026-03-05T03:30:00Z").toEpochMilli(), EventTime.parse("2026-03-04T23:00:00-04:30"));
    }

    @Test
    void offsetsCanCrossTheDayAndYear() {
        assertEquals(Instant.parse("2025-12-31T23:30:00Z").toEpochMilli(), EventTime.parse("2026-01-01T01:30:00+02:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29T00:00:00Z", "2000-02-29T12:00:00Z", "2028-02-29T23:59:59.999Z",
            "2026-12-31T23:59:59.999Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999Z"})
    void validDatesMatchJavaTime(String text) {
        assertEquals(Instant.parse(text).toEpochMilli(), EventTime.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2026-02-30T00:00:00Z", "2026-04-31T00:00:00Z",
            "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z", "2026-01-00T00:00:00Z", "2026-01-32T00:00:00Z",
            "2026-03-04T24:00:00Z", "2026-03-04T12:60:00Z", "2026-03-04T12:34:61Z",
            "2026-03-04T12:34:56.+0000", "2026-03-04T12:34:56.1234567890+0000", "2026-03-04T12:34:56.789+000",
            "2026-03-04T12:34:56.789+00:0", "2026-03-04T12:34:56.789 +0000", "2026-03-04T12:34:56.789Z ",
            "2026-03-04T12:34:56.789+1900", "2026-03-04T12:34:56.789+18:30", "2026-03-04T12:34:56.789-18:01",
            "2026-03-04T12:34:56.789ZZ", "2026-3-04T12:34:56Z", "2026/03/04T12:34:56Z", "2026-03-04X12:34:56Z",
            "2026-03-04", "", "garbage", "not a time at all, really", "20260304T123456Z", "2026-03-04T12:34:5Z",
            "２０２６-03-04T12:34:56Z"})
    void invalidTimesAreInvalid(String text) {
        assertEquals(EventTime.INVALID, EventTime.parse(text), text);
    }

    @Test
    void everyDayOfTheYearsZeroToTenThousandAndTheDayPastEachMonthEnd() {
        // The calendar arithmetic has no branch per month or leap year: every day of every year is checked.
        for (LocalDate d = LocalDate.of(0, 1, 1); d.getYear() < 10_000; d = d.plusDays(1)) {
            String text = String.format("%04d-%02d-%02dT00:00:00Z", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            assertEquals(d.toEpochDay() * 86_400_000L, EventTime.parse(text), text);
            if (d.getDayOfMonth() == d.lengthOfMonth()) {
                String past = String.format("%04d-%02d-%02dT00:00:00Z", d.getYear(), d.getMonthValue(),
                        d.getDayOfMonth() + 1);
                assertEquals(EventTime.INVALID, EventTime.parse(past), past);
            }
        }
    }

    @Test
    void nullIsInvalid() {
        assertEquals(EventTime.INVALID, EventTime.parse((CharSequence) null));
    }

    @Test
    void extremeOffsetsThatJavaTimeAcceptsAreAccepted() {
        assertEquals(OffsetDateTime.parse("2026-03-04T12:00:00+18:00").toInstant().toEpochMilli(),
                EventTime.parse("2026-03-04T12:00:00+18:00"));
        assertEquals(OffsetDateTime.parse("2026-03-04T12:00:00-18:00").toInstant().toEpochMilli(),
                EventTime.parse("2026-03-04T12:00:00-1800"));
    }

    @Test
    void aLeapSecondSortsWithTheSecondBefore() {
        assertEquals(Instant.parse("2016-12-31T23:59:59Z").toEpochMilli(), EventTime.parse("2016-12-31T23:59:60Z"));
    }

    @Test
    void parsesASliceOfACharArray() {
        byte[] buf = "xx2026-03-04T12:34:56.789+0000yy".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(T, EventTime.parse(buf, 2, 28));
        assertEquals(EventTime.INVALID, EventTime.parse(buf, 2, 29));
    }

    @Test
    void formatsUtcWithMilliseconds() {
        assertEquals("2026-03-04T12:34:56.789Z", EventTime.format(T));
        assertEquals("2026-03-04T12:34:56.000Z", EventTime.format(Instant.parse("2026-03-04T12:34:56Z").toEpochMilli()));
        assertEquals("1970-01-01T00:00:00.000Z", EventTime.format(0));
    }

    @Property(tries = 2000)
    void agreesWithJavaTime(@ForAll @LongRange(min = -2_208_988_800_000L, max = 4_102_444_800_000L) long millis,
                            @ForAll @IntRange(min = 0, max = 999_999) int extraNanos,
                            @ForAll @IntRange(min = -18 * 60, max = 18 * 60) int offsetMinutes,
                            @ForAll @IntRange(min = 0, max = 9) int fractionDigits,
                            @ForAll @IntRange(min = 0, max = 3) int zoneStyle) {
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
        Instant instant = Instant.ofEpochMilli(millis).plusNanos(extraNanos);
        LocalDateTime local = LocalDateTime.ofInstant(instant, offset);
        String fraction = fractionDigits == 0 ? "" : "." + String.format("%09d", local.getNano()).substring(0, fractionDigits);
        String zone = zone(offset, zoneStyle);
        String text = local.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")) + fraction + zone;
        // java.time reads the same wall time and offset in its own ISO spelling.
        String isoText = local.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")) + fraction + offset.getId();
        long expected = OffsetDateTime.parse(isoText).toInstant().toEpochMilli();
        assertEquals(expected, EventTime.parse(text), text);
    }

    private static String zone(ZoneOffset offset, int style) {
        int total = offset.getTotalSeconds() / 60;
        String sign = total < 0 ? "-" : "+";
        int abs = Math.abs(total);
        String hh = String.format("%02d", abs / 60);
        String mm = String.format("%02d", abs % 60);
        return switch (style) {
            case 0 -> sign + hh + mm;
            case 1 -> sign + hh + ":" + mm;
            case 2 -> total == 0 ? "" : sign + hh + ":" + mm;
            default -> total == 0 ? "Z" : sign + hh + mm;
        };
    }
}
