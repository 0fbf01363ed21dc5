package io.auditlens.findings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.auditlens.query.EventTextUnavailableException;
import io.auditlens.store.RawEvents;

import java.io.IOException;
import java.util.List;

/**
 * The value at a dotted JSON path of an event's original JSON, as a key: the first non-empty scalar found, looking
 * through arrays and into strings that hold JSON (as {@code requestData} sometimes is).
 */
final class JsonPathValue {

    private final RawEvents raw;
    private final List<String> path;
    private final ObjectMapper mapper;

    JsonPathValue(RawEvents raw, String dottedPath) {
        this.raw = raw;
        this.path = List.of(dottedPath.split("\\."));
        this.mapper = new ObjectMapper(raw.jsonFactory());
    }

    /** The value for a row, or null when the event has none there. */
    String read(int row) {
        try {
            return find(mapper.readTree(raw.text(row)), 0);
        } catch (RawEvents.RawEventException e) {
            throw new EventTextUnavailableException(e.getMessage());
        } catch (IOException e) {
            return null;
        }
    }

    private String find(JsonNode node, int depth) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                String v = find(element, depth);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
        if (depth == path.size()) {
            return node.isValueNode() && !node.asText().isEmpty() ? node.asText() : null;
        }
        if (node.isTextual() && node.asText().trim().startsWith("{")) {
            try {
                return find(mapper.readTree(node.asText()), depth);
            } catch (IOException e) {
                return null;
            }
        }
        return find(node.get(path.get(depth)), depth + 1);
    }
}
