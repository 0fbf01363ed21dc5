package io.auditlens.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The member names of one place in a record (the root, or an object below it), as the previous record had
 * them. One exporter writes its fields in one order, so the name at each position is usually the one seen there
 * last time: Jackson then only compares its bytes, instead of decoding the name and looking it up.
 */
final class NameForecast {

    /** Distinct names remembered per thread; records with ever new names (ids as keys) are not forecast. */
    private static final int MAX_KNOWN = 10_000;

    private final Map<String, SerializedString> known;
    private SerializedString[] names = new SerializedString[4];
    private NameForecast[] children = new NameForecast[4];

    /** The forecast for the root of a record. */
    NameForecast() {
        this(new HashMap<>());
    }

    private NameForecast(Map<String, SerializedString> known) {
        this.known = known;
    }

    /**
     * Advances the parser, inside an object, to the member at {@code index}; returns its name, or null when the
     * object ends there. The parser's current token is then the member's FIELD_NAME (or END_OBJECT).
     */
    String next(JsonParser p, int index) throws IOException {
        SerializedString expected = index < names.length ? names[index] : null;
        if (expected == null) {
            p.nextToken();
        } else if (p.nextFieldName(expected)) {
            return expected.getValue();
        }
        if (!p.hasToken(JsonToken.FIELD_NAME)) {
            return null;
        }
        String name = p.currentName();
        remember(index, name);
        return name;
    }

    /** The forecast for the object or array that is the value at {@code index}. */
    NameForecast child(int index) {
        if (index >= children.length) {
            children = Arrays.copyOf(children, Math.max(index + 1, children.length * 2));
        }
        NameForecast child = children[index];
        if (child == null) {
            child = new NameForecast(known);
            children[index] = child;
        }
        return child;
    }

    private void remember(int index, String name) {
        if (index >= names.length) {
            names = Arrays.copyOf(names, Math.max(index + 1, names.length * 2));
        }
        // One SerializedString per distinct name, so records that alternate between shapes allocate nothing.
        SerializedString serialized = known.get(name);
        if (serialized == null && known.size() < MAX_KNOWN && encodable(name)) {
            serialized = new SerializedString(name);
            known.put(name, serialized);
        }
        names[index] = serialized;
    }

    /**
     * Whether the name has a UTF-8 form to compare against: a lone surrogate ({@code "\uDFAA"}, which Jackson reads
     * in a name) has none, and forecasting it would make every later record fail to encode the forecast.
     */
    private static boolean encodable(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
