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

    /**
     * The wrapper most of the head's records use. Whole records (a line that is one object) vote; a cut or broken
     * record votes only when there is no whole one, and a line naming neither a wrapper nor an action not at all.
     * A tie goes to the wrapper seen first.
     */
    static String mostCommon(byte[] head, int from, boolean whole) {
        Map<String, Integer> wholeVotes = new LinkedHashMap<>();
        Map<String, Integer> brokenVotes = new LinkedHashMap<>();
        int start = from;
        while (start < head.length) {
            int end = start;
            while (end < head.length && head[end] != '\n') {
                end++;
            }
            boolean complete = end < head.length || whole;
            String line = new String(head, start, end - start, StandardCharsets.UTF_8).strip();
            String wrapper = of(line);
            if (wrapper != null) {
                boolean wholeObject = complete && line.startsWith("{") && line.endsWith("}");
                (wholeObject ? wholeVotes : brokenVotes).merge(wrapper, 1, Integer::sum);
            }
            start = end + 1;
        }
        return winner(wholeVotes.isEmpty() ? brokenVotes : wholeVotes);
    }

    private static String winner(Map<String, Integer> votes) {
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

    /** The wrapper of one record's text, or null when it shows neither a wrapper nor an event's action. */
    static String of(String line) {
        if (line.contains("\"user_data\"")) {
            return "cloud-logs";
        }
        if (line.contains("\"_line\"")) {
            return "logdna";
        }
        int payload = line.indexOf("\"payload\"");
        int action = line.indexOf("\"action\"");
        if (payload >= 0 && (action < 0 || payload < action)) {
            return "platform";
        }
        return action >= 0 ? "ndjson" : null;
    }
}
