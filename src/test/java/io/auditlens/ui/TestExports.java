package io.auditlens.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes small activity-event exports for UI tests, so that no test depends on files outside the repository. */
public final class TestExports {

    public static final String VULNERABILITY_IMAGE = "us.icr.io/team-web/api:1.4.2";

    private TestExports() {
    }

    /** One event as a JSON line; {@code extra} is inserted verbatim before the closing brace (may be empty). */
    static String event(int second, String region, String action, String outcome, String initiator, String target,
                        String extra) {
        String host = switch (region) {
            case "eu-de" -> "de.icr.io";
            case "jp-tok" -> "jp.icr.io";
            default -> "us.icr.io";
        };
        String name = target.replace("us.icr.io", host);
        return String.format(Locale.ROOT, "{\"eventTime\":\"2026-03-04T12:%02d:%02d.000+0000\","
                        + "\"action\":\"container-registry.%s\",\"outcome\":\"%s\",\"severity\":\"normal\","
                        + "\"message\":\"Container Registry: %s %s\","
                        + "\"logSourceCRN\":\"crn:v1:bluemix:public:container-registry:%s:a/0123::\","
                        + "\"initiator\":{\"id\":\"IBMid-1\",\"name\":\"%s\",\"host\":{\"address\":\"203.0.113.7\"}},"
                        + "\"target\":{\"id\":\"crn:v1:bluemix:public:container-registry:%s:a/0123::image:%s\","
                        + "\"name\":\"%s\",\"typeURI\":\"container-registry/image\"}%s}",
                second / 60, second % 60, action, outcome, action, name, region, initiator, region, name, name,
                extra.isEmpty() ? "" : "," + extra);
    }

    /**
     * A mixed export of {@code count} events: pulls and pushes in three regions, and every fifth event an image
     * vulnerability status read whose requestData names the image and whose responseData gives a status.
     */
    public static Path mixed(Path dir, String fileName, int count) throws IOException {
        String[] regions = {"us-south", "eu-de", "jp-tok"};
        String[] users = {"ana@example.com", "bo@example.com", "ci-bot@example.com"};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String region = regions[i % regions.length];
            String user = users[(i / 2) % users.length];
            if (i % 5 == 4) {
                lines.add(event(i, region, "image-vulnerability-status.read", "success", user, VULNERABILITY_IMAGE,
                        "\"requestData\":{\"RequestParameters\":{\"name\":\"" + VULNERABILITY_IMAGE + "\"}},"
                                + "\"responseData\":{\"status\":\"UNSCANNED\"}"));
            } else {
                String action = i % 3 == 0 ? "image.push" : "image.pull";
                lines.add(event(i, region, action, i % 7 == 0 ? "failure" : "success", user,
                        "us.icr.io/team-web/api:1." + (i % 4), ""));
            }
        }
        return write(dir.resolve(fileName), lines);
    }

    /** An export with two good events and rejected lines 2 (broken JSON) and 4 (no action). */
    public static Path withRejectedLines(Path dir) throws IOException {
        return write(dir.resolve("partly-broken.ndjson"), List.of(
                event(1, "us-south", "image.pull", "success", "ana@example.com", "us.icr.io/a/b:1", ""),
                "{\"eventTime\": \"2026-03-04T12:00:00Z\", \"action\": ",
                event(3, "us-south", "image.push", "success", "ana@example.com", "us.icr.io/a/b:2", ""),
                "{\"eventTime\": \"2026-03-04T12:00:00Z\", \"outcome\": \"success\"}"));
    }

    /** A small PNG picture: not an activity event export. */
    public static Path picture(Path dir) throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};
        Path p = dir.resolve("holiday.png");
        Files.write(p, png);
        return p;
    }

    private static Path write(Path file, List<String> lines) throws IOException {
        Files.write(file, String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
