package io.auditlens.query;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.List;

/** Decides a JSON-path term for one event's JSON, walking the term's path. One instance per thread. */
final class JsonPathMatcher extends JsonPathWalker {

    private final TextComparison cmp;
    // Per event: whether some value at the path satisfied an EXACT/PREFIX term, and whether any non-empty value exists.
    private boolean found;
    private boolean nonEmpty;

    JsonPathMatcher(JsonFactory factory, List<String> path, TextComparison cmp) {
        super(factory, path);
        this.cmp = cmp;
    }

    /** Whether the event JSON in {@code buffer[offset, offset + length)} matches; unreadable JSON does not. */
    boolean matches(byte[] buffer, int offset, int length) {
        found = false;
        nonEmpty = false;
        try {
            walk(buffer, offset, length);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return cmp.kind() == MatchKind.EMPTY ? !nonEmpty : found;
    }

    @Override
    protected void leaf(JsonParser p, JsonToken t) throws IOException {
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

    @Override
    protected boolean done() {
        return cmp.kind() == MatchKind.EMPTY ? nonEmpty : found;
    }

}
