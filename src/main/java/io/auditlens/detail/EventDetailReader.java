package io.auditlens.detail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.auditlens.event.CustomFields;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Turns one event's original JSON text into an {@link EventDetail}. Stateless apart from its JSON mapper. */
public final class EventDetailReader {

    private final ObjectMapper mapper = new ObjectMapper()
            // Audit values must be shown exactly as recorded: no rounding of decimals, no rewriting of big integers.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    /** Reads the event; {@code headline} is the sentence describing it, made by the caller from the store. */
    public EventDetail read(String headline, String originalJson) throws JsonProcessingException {
        JsonNode event = mapper.readTree(originalJson);
        if (event == null || !event.isObject()) {
            throw new IllegalArgumentException("the event text is not a JSON object");
        }
        String action = event.path("action").asText(null);
        return new EventDetail(headline,
                flatten(event.get("initiator")),
                flatten(event.get("target")),
                dataTree(event, "requestData", action),
                dataTree(event, "responseData", action),
                mapper.writerWithDefaultPrettyPrinter().writeValueAsString(event),
                originalJson);
    }

    // requestData and responseData are sometimes a string holding JSON; such a string is shown as the tree it holds.
    private JsonTreeNode dataTree(JsonNode event, String key, String action) {
        JsonNode data = event.get(key);
        if (data == null) {
            return null;
        }
        if (data.isTextual()) {
            JsonNode inner = parseEmbedded(data.asText());
            if (inner != null) {
                return node(action, key, key, inner, JsonTreeNode.JSON_IN_STRING);
            }
        }
        return node(action, key, key, data, null);
    }

    private JsonNode parseEmbedded(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            return null;
        }
        try {
            return mapper.readTree(trimmed);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private JsonTreeNode node(String action, String key, String path, JsonNode value, String typeOverride) {
        List<JsonTreeNode> children = new ArrayList<>();
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                children.add(node(action, e.getKey(), path + "." + e.getKey(), e.getValue(), null));
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                children.add(node(action, "[" + i + "]", path + "[" + i + "]", value.get(i), null));
            }
        }
        String text = value.isContainerNode() ? summary(value) : value.isTextual() ? value.asText() : value.toString();
        String type = typeOverride != null ? typeOverride : typeOf(value);
        String explanation = CustomFields.find(action, path)
                .map(f -> f.meaningOf(value.isTextual() ? value.asText() : null).orElse(f.description()))
                .orElse(null);
        return new JsonTreeNode(key, text, type, path, explanation, children);
    }

    private static String summary(JsonNode container) {
        int n = container.size();
        if (container.isArray()) {
            return n == 1 ? "1 element" : n + " elements";
        }
        return n == 1 ? "1 field" : n + " fields";
    }

    private static String typeOf(JsonNode value) {
        return switch (value.getNodeType()) {
            case OBJECT -> "object";
            case ARRAY -> "array";
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static List<EventDetail.Field> flatten(JsonNode section) {
        List<EventDetail.Field> out = new ArrayList<>();
        if (section != null) {
            flattenInto("", section, out);
        }
        return out;
    }

    private static void flattenInto(String prefix, JsonNode value, List<EventDetail.Field> out) {
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flattenInto(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else {
            out.add(new EventDetail.Field(prefix.isEmpty() ? "value" : prefix,
                    value.isTextual() ? value.asText() : value.toString()));
        }
    }
}
