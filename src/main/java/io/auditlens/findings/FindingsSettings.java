package io.auditlens.findings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The user's settings for findings, in {@code findings.yaml} in the configuration folder: today only
 * {@code working-hours: "Mon-Fri 07:00-19:00 UTC"}. A missing file means the defaults; a file that cannot be used
 * gives the defaults and a warning, and is left as it is.
 */
public record FindingsSettings(WorkingHours workingHours, Optional<String> warning) {

    /** The file name inside the configuration folder. */
    public static final String FILE = "findings.yaml";

    /** The settings of a configuration folder. */
    public static FindingsSettings load(Path configFolder) {
        Path file = configFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new FindingsSettings(WorkingHours.DEFAULT, Optional.empty());
        }
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            JsonNode hours = root == null ? null : root.get("working-hours");
            if (hours == null) {
                return new FindingsSettings(WorkingHours.DEFAULT, Optional.empty());
            }
            return new FindingsSettings(WorkingHours.parse(hours.asText()), Optional.empty());
        } catch (IOException | IllegalArgumentException e) {
            return new FindingsSettings(WorkingHours.DEFAULT, Optional.of(file + ": " + firstLine(e.getMessage())
                    + "; using the default working hours " + WorkingHours.DEFAULT.text()));
        }
    }

    private static String firstLine(String message) {
        String m = message == null ? "cannot be read" : message;
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
