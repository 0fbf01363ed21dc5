package io.auditlens.testdata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.auditlens.ingest.LoadResult;
import io.auditlens.ingest.Loader;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes test inputs in the formats an auditor brings and loads them through the real loader. */
public final class TestInputs {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestInputs() {
    }

    /** One JSON text per line, each line ending in a newline. */
    public static Path ndjson(Path dir, String name, List<String> lines) throws IOException {
        return Files.writeString(dir.resolve(name), joined(lines), StandardCharsets.UTF_8);
    }

    /** The same lines, gzip-compressed. */
    public static Path gzip(Path dir, String name, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(joined(lines).getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /** A zip with one member per map entry, each holding JSON lines. */
    public static Path zip(Path dir, String name, Map<String, List<String>> members) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, List<String>> m : members.entrySet()) {
                out.putNextEntry(new ZipEntry(m.getKey()));
                out.write(joined(m.getValue()).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }

    /** An IBM Cloud Logs record whose user_data is the event's JSON as a string. */
    public static String cloudLogsRecord(String eventJson) {
        ObjectNode record = MAPPER.createObjectNode();
        record.putObject("metadata").put("severity", 3);
        record.putObject("labels").put("applicationname", "ibm-audit-event");
        record.put("user_data", eventJson);
        return record.toString();
    }

    /** A legacy LogDNA record whose _line is the event's JSON. */
    public static String logDnaRecord(String eventJson) {
        ObjectNode record = MAPPER.createObjectNode();
        record.put("_ts", 1772625600000L);
        record.put("_app", "activity-tracker");
        record.put("_line", eventJson);
        return record.toString();
    }

    /** A platform wrapper whose payload object is the event. */
    public static String payloadRecord(String eventJson) throws IOException {
        ObjectNode record = MAPPER.createObjectNode();
        record.putObject("meta").put("source", "platform");
        record.set("payload", MAPPER.readTree(eventJson));
        return record.toString();
    }

    /** Loads files through the loader. */
    public static LoadResult load(Path... files) {
        return new Loader(2).load(Arrays.asList(files));
    }

    /** Writes the events as one NDJSON file in {@code dir} and loads it. */
    public static LoadResult loadEvents(Path dir, List<EventJson> events) throws IOException {
        return load(ndjson(dir, "events.ndjson", events.stream().map(EventJson::json).toList()));
    }

    private static String joined(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
