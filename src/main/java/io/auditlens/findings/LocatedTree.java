package io.auditlens.findings;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON or YAML document read into a tree that remembers the line of every value by its path
 * ({@code /rules/0/threshold/count}), so a problem found while reading a rule can name its line.
 */
final class LocatedTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, Integer> lines = new HashMap<>();
    private final JsonNode root;

    private LocatedTree(JsonParser p) throws IOException, RuleFileException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new RuleFileException(0, "the file is empty");
        }
        root = read(p, "");
    }

    /** Reads the whole document. */
    static LocatedTree read(JsonParser p) throws IOException, RuleFileException {
        return new LocatedTree(p);
    }

    JsonNode root() {
        return root;
    }

    /** The line of the value at a path, or of the nearest enclosing value that has one. */
    int line(String path) {
        String at = path;
        while (true) {
            Integer line = lines.get(at);
            if (line != null || at.isEmpty()) {
                return line == null ? 0 : line;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }

    private JsonNode read(JsonParser p, String path) throws IOException, RuleFileException {
        lines.put(path, p.currentTokenLocation().getLineNr());
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    int line = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    if (o.has(name)) {
                        throw new RuleFileException(line, "\"" + name + "\" is given twice");
                    }
                    o.set(name, read(p, path + "/" + name));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(read(p, path + "/" + a.size()));
                }
                return a;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            default -> {
                return NODES.nullNode();
            }
        }
    }
}
