package io.auditlens.fields;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Walks whole events and tallies, per JSON path, the first non-empty scalar of each event, the way a path facet
 * reads one: arrays are looked through, and a string holding JSON counts as a value of its path and is also
 * descended into. Paths are kept as a tree of names so a walk allocates no path strings. One per thread.
 */
final class LeafWalker {

    /** A path's node: its dotted name, its children by member name, and its tally. */
    static final class Node {
        final String path;
        final Map<String, Node> children = new HashMap<>();
        final ValueTally tally = new ValueTally();
        private long lastEvent = -1;

        Node(String path) {
            this.path = path;
        }

        Node child(String name) {
            Node c = children.get(name);
            if (c == null) {
                c = new Node(path.isEmpty() ? name : path + "." + name);
                children.put(name, c);
            }
            return c;
        }
    }

    private final JsonFactory factory;
    private final Node root = new Node("");
    private long event;

    LeafWalker(JsonFactory factory) {
        this.factory = factory;
    }

    /** The tree of paths seen so far; the root's own tally stays empty. */
    Node root() {
        return root;
    }

    /** Tallies one event's JSON in {@code buffer[offset, offset + length)}; unreadable JSON adds what came before. */
    void walk(byte[] buffer, int offset, int length) {
        event++;
        try (JsonParser p = factory.createParser(buffer, offset, length)) {
            visit(p, p.nextToken(), root);
        } catch (IOException | RuntimeException e) {
            // The event was read at load time; a change since then costs only the rest of this event.
        }
    }

    private void visit(JsonParser p, JsonToken t, Node node) throws IOException {
        if (t == null) {
            return;
        }
        switch (t) {
            case START_OBJECT -> {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    Node child = node.child(p.currentName());
                    visit(p, p.nextToken(), child);
                }
            }
            case START_ARRAY -> {
                JsonToken e;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY && e != null) {
                    visit(p, e, node);
                }
            }
            case VALUE_NULL -> {
            }
            default -> scalar(p, t, node);
        }
    }

    // Values of a path past its exact limit are hashed where the parser holds them, not made into strings.
    private void scalar(JsonParser p, JsonToken t, Node node) throws IOException {
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        int length = p.getTextLength();
        if (length == 0 || node == root) {
            return;
        }
        if (node.lastEvent != event) {
            node.lastEvent = event;
            if (node.tally.isExact()) {
                node.tally.add(new String(chars, offset, length));
            } else {
                node.tally.addHash(DistinctSketch.hash(chars, offset, length));
            }
        }
        if (t == JsonToken.VALUE_STRING && holdsJson(chars, offset, length)) {
            try (JsonParser inner = factory.createParser(chars, offset, length)) {
                visit(inner, inner.nextToken(), node);
            } catch (IOException | RuntimeException e) {
                // A string that only looks like JSON is plain text, which has no members to descend into.
            }
        }
    }

    private static boolean holdsJson(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }
}
