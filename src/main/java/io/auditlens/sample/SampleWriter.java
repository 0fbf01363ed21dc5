package io.auditlens.sample;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Streams generated events to a file in one {@link SampleFormat}, optionally gzip-compressed. */
public final class SampleWriter {

    private static final int BUFFER = 1 << 16;

    private final ObjectMapper mapper;

    public SampleWriter() {
        // No separator between root values: each encoder ends its own records with a newline.
        JsonFactory factory = new JsonFactoryBuilder().rootValueSeparator((String) null).build();
        factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.mapper = new ObjectMapper(factory);
    }

    /**
     * Writes the events of {@code settings} to {@code out}, replacing it; for a {@linkplain SampleFormat#folder()
     * folder} layout {@code out} is a folder that must be new or empty. {@code gzip} compresses the whole file; it
     * cannot be combined with a layout that is {@linkplain SampleFormat#compressed() compressed already}.
     */
    public WriteSummary write(SampleSettings settings, SampleFormat format, boolean gzip, Path out) throws IOException {
        if (gzip && format.compressed()) {
            throw new IllegalArgumentException(format + " output is already compressed; gzip applies to the other formats");
        }
        if (format == SampleFormat.ZIP) {
            int members = new MonthlyZipWriter(mapper).write(new SampleGenerator(settings), out);
            return new WriteSummary(out, format, false, settings.events(), Files.size(out), members);
        }
        if (format == SampleFormat.CLOUD_LOGS_PARQUET) {
            CloudLogsArchiveWriter archive = new CloudLogsArchiveWriter(mapper.getFactory());
            int files = archive.write(new SampleGenerator(settings), out);
            return new WriteSummary(out, format, false, settings.events(), archive.bytesWritten(), files);
        }
        RecordEncoder encoder = RecordEncoder.of(format);
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), BUFFER);
             OutputStream sink = gzip ? new GZIPOutputStream(file, BUFFER) : file;
             JsonGenerator json = mapper.createGenerator(sink, JsonEncoding.UTF8)) {
            encoder.begin(json);
            SampleGenerator events = new SampleGenerator(settings);
            while (events.hasNext()) {
                encoder.write(json, events.next());
            }
            encoder.end(json);
        }
        return new WriteSummary(out, format, gzip, settings.events(), Files.size(out), 0);
    }
}
