package io.auditlens.store;

import java.util.Arrays;

/**
 * Distinct values of one column; code 0 is reserved for "no value" and maps to null. An open-addressing table
 * keyed by {@link TextHash}, so values can be looked up from char slices without allocating a String.
 */
public final class Dictionary {

    private String[] values = new String[16];
    private long[] hashes = new long[16];
    /** Slot -> code + 1; 0 marks an empty slot. */
    private int[] table = new int[32];
    private int size = 1;

    /** The code of a value, adding it when new; null gets code 0. */
    public int encode(String value) {
        return value == null ? 0 : encode(value, TextHash.of(value));
    }

    /** The code of a value whose {@link TextHash} is already known. */
    public int encode(String value, long hash) {
        int slot = slotOf(hash);
        int mask = table.length - 1;
        while (table[slot] != 0) {
            int code = table[slot] - 1;
            if (hashes[code] == hash && values[code].equals(value)) {
                return code;
            }
            slot = (slot + 1) & mask;
        }
        return insert(slot, value, hash);
    }

    /** The code of the text in {@code buf[off, off+len)} with the given hash, adding it when new. */
    public int encode(char[] buf, int off, int len, long hash) {
        int slot = slotOf(hash);
        int mask = table.length - 1;
        while (table[slot] != 0) {
            int code = table[slot] - 1;
            if (hashes[code] == hash && sameText(values[code], buf, off, len)) {
                return code;
            }
            slot = (slot + 1) & mask;
        }
        return insert(slot, new String(buf, off, len), hash);
    }

    /** The code of an existing value, or -1 when the value never occurs. */
    public int find(String value) {
        if (value == null) {
            return 0;
        }
        long hash = TextHash.of(value);
        int slot = slotOf(hash);
        int mask = table.length - 1;
        while (table[slot] != 0) {
            int code = table[slot] - 1;
            if (hashes[code] == hash && values[code].equals(value)) {
                return code;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** The value of a code; null for code 0. */
    public String value(int code) {
        return values[code];
    }

    /** The {@link TextHash} of a code's value (0 for code 0). */
    public long hash(int code) {
        return hashes[code];
    }

    /** Number of codes including the reserved 0. */
    public int size() {
        return size;
    }

    private int insert(int slot, String value, long hash) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        int code = size++;
        values[code] = value;
        hashes[code] = hash;
        table[slot] = code + 1;
        if (size * 2 > table.length) {
            rehash();
        }
        return code;
    }

    private void rehash() {
        table = new int[table.length * 2];
        int mask = table.length - 1;
        for (int code = 1; code < size; code++) {
            int slot = slotOf(hashes[code]);
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = code + 1;
        }
    }

    private int slotOf(long hash) {
        return (int) (hash ^ (hash >>> 32)) & (table.length - 1);
    }

    private static boolean sameText(String s, char[] buf, int off, int len) {
        if (s.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (s.charAt(i) != buf[off + i]) {
                return false;
            }
        }
        return true;
    }
}
