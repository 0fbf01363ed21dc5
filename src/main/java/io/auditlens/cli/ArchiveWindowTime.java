package io.auditlens.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the ends of {@code --from} and {@code --to}: an ISO date, which stands for that whole day in UTC, or an ISO
 * date-time, in UTC unless it names its offset. Both ends are inclusive.
 */
final class ArchiveWindowTime {

    private ArchiveWindowTime() {
    }

    /** {@code --from}: a date starts at its midnight. */
    static final class Start implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String text) {
            return parse(text, false);
        }
    }

    /** {@code --to}: a date ends at its last instant, so {@code --to 2026-03-04} keeps all of 4 March. */
    static final class End implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String text) {
            return parse(text, true);
        }
    }

    static Instant parse(String text, boolean endOfDay) {
        String t = text.trim();
        try {
            if (t.length() == 10) {
                LocalDate day = LocalDate.parse(t);
                return endOfDay ? day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1)
                        : day.atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (hasOffset(t)) {
                return OffsetDateTime.parse(t).toInstant();
            }
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not an ISO date or date-time such as 2026-03-04 or "
                    + "2026-03-04T12:00Z");
        }
    }

    /** Whether the text after the date part names a zone: Z or a signed offset. */
    private static boolean hasOffset(String t) {
        int time = t.indexOf('T');
        return time > 0 && (t.endsWith("Z") || t.endsWith("z") || t.indexOf('+', time) > 0 || t.indexOf('-', time) > 0);
    }
}
