package io.auditlens.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Distinct values of one column; code 0 is reserved for "no value" and maps to null. */
public final class Dictionary {

    private final Map<String, Integer> codes = new HashMap<>();
    private String[] values = new String[16];
    private int size = 1;

    /** The code of a value, adding it when new; null gets code 0. */
    public int encode(String value) {
        if (value == null) {
            return 0;
        }
        Integer code = codes.get(value);
        if (code != null) {
            return code;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size] = value;
        codes.put(value, size);
        return size++;
    }

    /** The code of an existing value, or -1 when the value never occurs. */
    public int find(String value) {
        if (value == null) {
            return 0;
        }
        Integer code = codes.get(value);
        return code == null ? -1 : code;
    }

    /** The value of a code; null for code 0. */
    public String value(int code) {
        return values[code];
    }

    /** Number of codes including the reserved 0. */
    public int size() {
        return size;
    }
}
