package io.auditlens.query;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.List;

/**
 * Decides a JSON-path term for one event's JSON with a streaming parser, skipping every branch off the path.
 * Arrays on the path are looked through (any element may match), and a string on the path that holds JSON (as
 * {@code requestData} and {@code responseData} sometimes do) is parsed and descended into. One instance per thread.
 */
final class JsonPathMatcher {

    private final JsonFactory factory;
    private final List<String> path;
    private final TextComparison cmp;
    // Per event: whether some value at the path satisfied an EXACT/PREFIX term, and whether any non-empty value exists.
    private boolean found;
    private boolean nonEmpty;

    JsonPathMatcher(JsonFactory factory, List<String> path, TextComparison cmp) {
        this.factory = factory;
        this.path = path;
        this.cmp = cmp;
    }

    /** Whether the event JSON in {@code buffer[offset, offset + length)} matches; unreadable JSON does not. */
    boolean matches(byte[] buffer, int offset, int length) {
        found = false;
        nonEmpty = false;
        try (JsonParser p = factory.createParser(buffer, offset, length)) {
            visit(p, p.nextToken(), 0);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return cmp.kind() == MatchKind.EMPTY ? !nonEmpty : found;
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

    private void leaf(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
                String text = p.getText();
                if (!text.isEmpty()) {
                    nonEmpty = true;
                    found |= cmp.testPresent(TextComparison.lower(text));
                }
            }
            case START_OBJECT -> {
                // An object is a value no text term can equal, but it does make an EMPTY term false.
                if (p.nextToken() == JsonToken.FIELD_NAME) {
                    nonEmpty = true;
                    p.nextToken();
                    p.skipChildren();
                    skipRestOfObject(p);
                }
            }
            default -> {
                // null is no value
            }
        }
    }

    // Consumes the remaining members so the caller resumes after the object.
    private static void skipRestOfObject(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            p.nextToken();
            p.skipChildren();
        }
    }

    private boolean done() {
        return cmp.kind() == MatchKind.EMPTY ? nonEmpty : found;
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
