package io.auditlens.ingest;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names the wrapper the records of a JSON Lines document use (IBM Cloud Logs {@code user_data}, LogDNA
 * {@code _line}, the platform's {@code payload}, or none), by a vote of every record in the head, so one damaged
 * record does not rename the file's format.
 */
final class RecordWrappers {

    private RecordWrappers() {
    }

    /** The wrapper most of the head's lines use; a tie goes to the one seen first. */
    static String mostCommon(byte[] head, int from, boolean whole) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        int start = from;
        while (start < head.length) {
            int end = start;
            while (end < head.length && head[end] != '\n') {
                end++;
            }
            if (end > start && (end < head.length || whole || votes.isEmpty())) {
                String line = new String(head, start, end - start, StandardCharsets.UTF_8);
                if (!line.isBlank()) {
                    votes.merge(of(line), 1, Integer::sum);
                }
            }
            start = end + 1;
        }
        String best = "ndjson";
        int most = 0;
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
            if (v.getValue() > most) {
                best = v.getKey();
                most = v.getValue();
            }
        }
        return best;
    }

    /** The wrapper of one record's text. */
    static String of(String line) {
        if (line.contains("\"user_data\"")) {
            return "cloud-logs";
        }
        if (line.contains("\"_line\"")) {
            return "logdna";
        }
        int payload = line.indexOf("\"payload\"");
        int action = line.indexOf("\"action\"");
        return payload >= 0 && (action < 0 || payload < action) ? "platform" : "ndjson";
    }
}
