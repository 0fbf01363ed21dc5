package io.auditlens.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.auditlens.cli.Cli;
import io.auditlens.sample.SampleFormat;
import io.auditlens.sample.SampleSettings;
import io.auditlens.sample.SampleWriter;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Generated exports for window tests, and what {@code summarize --json} says of them, to compare the window with. */
public final class TestSummaries {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestSummaries() {
    }

    /** {@code count} generated events (seed 11) as JSON Lines in {@code dir}. */
    public static Path generated(Path dir, int count) throws IOException {
        Path file = dir.resolve("generated.ndjson");
        new SampleWriter().write(SampleSettings.of(11, count), SampleFormat.NDJSON, false, file);
        return file;
    }

    /** {@code summarize --json} with the given options before the file. */
    public static JsonNode summarize(Path export, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("summarize", "--json"));
        args.addAll(List.of(options));
        args.add(export.toString());
        StringWriter out = new StringWriter();
        int code = Cli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(new StringWriter()));
        if (code != 0) {
            throw new AssertionError("summarize exited " + code);
        }
        return MAPPER.readTree(out.toString());
    }

    /** One facet's counts from a summary. */
    public static Map<String, Long> facet(JsonNode summary, String key) {
        Map<String, Long> out = new TreeMap<>();
        summary.get("facets").get(key).fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asLong()));
        return out;
    }
}
