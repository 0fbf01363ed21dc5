package io.auditlens.query;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.List;

/**
 * Walks one event's JSON along a path with a streaming parser, skipping every branch off the path, and hands
 * each value found at the path's end to {@link #leaf}. Arrays on the path are looked through (any element may
 * match), and a string on the path that holds JSON (as {@code requestData} and {@code responseData} sometimes do)
 * is parsed and descended into. One instance per thread.
 */
abstract class JsonPathWalker {

    protected final JsonFactory factory;
    protected final List<String> path;

    JsonPathWalker(JsonFactory factory, List<String> path) {
        this.factory = factory;
        this.path = path;
    }

    /** A value at the end of the path, whose first token is {@code t}; consumes the whole value. */
    protected abstract void leaf(JsonParser p, JsonToken t) throws IOException;

    /** Whether the walk has learned enough about this event to stop. */
    protected abstract boolean done();

    /** Walks the event JSON in {@code buffer[offset, offset + length)}. */
    protected void walk(byte[] buffer, int offset, int length) throws IOException {
        try (JsonParser p = factory.createParser(buffer, offset, length)) {
            visit(p, p.nextToken(), 0);
        }
    }

    /** Visits the value whose first token is {@code t}, with {@code depth} path segments already matched. */
    private void visit(JsonParser p, JsonToken t, int depth) throws IOException {
        if (t == null || done()) {
            return;
        }
        if (t == JsonToken.START_ARRAY) {
            JsonToken e;
            while ((e = p.nextToken()) != JsonToken.END_ARRAY && e != null) {
                visit(p, e, depth);
                if (done()) {
                    return;
                }
            }
            return;
        }
        if (depth == path.size()) {
            leaf(p, t);
            return;
        }
        if (t == JsonToken.START_OBJECT) {
            String key = path.get(depth);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                boolean onPath = key.equals(p.currentName());
                JsonToken v = p.nextToken();
                if (onPath) {
                    visit(p, v, depth + 1);
                    if (done()) {
                        return;
                    }
                } else {
                    p.skipChildren();
                }
            }
        } else if (t == JsonToken.VALUE_STRING && holdsJson(p)) {
            try (JsonParser inner = factory.createParser(p.getText())) {
                visit(inner, inner.nextToken(), depth);
            } catch (IOException | RuntimeException e) {
                // A string that only looks like JSON is plain text, which has no members to descend into.
            }
        }
    }

    private static boolean holdsJson(JsonParser p) throws IOException {
        char[] chars = p.getTextCharacters();
        int end = p.getTextOffset() + p.getTextLength();
        for (int i = p.getTextOffset(); i < end; i++) {
            char c = chars[i];
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }
}
