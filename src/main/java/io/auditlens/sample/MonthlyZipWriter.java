package io.auditlens.sample;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip archive with one NDJSON member per calendar month (UTC), like a monthly archive of an
 * export. Events arrive in time order, so only the current member is ever open.
 */
final class MonthlyZipWriter {

    private final ObjectMapper mapper;

    MonthlyZipWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Writes all events and returns the number of members. */
    int write(SampleGenerator events, Path out) throws IOException {
        NdjsonEncoder encoder = new NdjsonEncoder();
        int members = 0;
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(out), 1 << 16));
             JsonGenerator json = mapper.createGenerator(zip, JsonEncoding.UTF8)) {
            YearMonth open = null;
            while (events.hasNext()) {
                GeneratedEvent event = events.next();
                YearMonth month = YearMonth.from(LocalDateTime.ofEpochSecond(
                        Math.floorDiv(event.epochMillis(), 1000L), 0, ZoneOffset.UTC));
                if (!month.equals(open)) {
                    if (open != null) {
                        json.flush();
                        zip.closeEntry();
                    }
                    zip.putNextEntry(entry(month, event.epochMillis()));
                    open = month;
                    members++;
                }
                encoder.write(json, event);
            }
            if (open == null) {
                // A zip must have a member; an empty sample gets one empty month file.
                zip.putNextEntry(entry(YearMonth.from(SampleSettings.DEFAULT_START.atOffset(ZoneOffset.UTC)),
                        SampleSettings.DEFAULT_START.toEpochMilli()));
                members++;
            }
            json.flush();
            zip.closeEntry();
        }
        return members;
    }

    private static ZipEntry entry(YearMonth month, long firstEventMillis) {
        ZipEntry entry = new ZipEntry("container-registry-" + month + ".ndjson");
        // A fixed local time (not the clock, not the time zone) keeps the archive byte-identical per seed.
        entry.setTimeLocal(LocalDateTime.ofEpochSecond(Math.floorDiv(firstEventMillis, 1000L), 0, ZoneOffset.UTC));
        return entry;
    }
}
