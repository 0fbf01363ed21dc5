package io.auditlens.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Distinct values of one column; code 0 is reserved for "no value" and maps to null.
 * Values are packed into one byte array (one byte per char when every char fits in Latin-1, else UTF-16), because
 * a String object per value would cost 40 bytes of overhead on hundreds of thousands of messages and targets.
 * Lookups go through an open-addressing table keyed by {@link TextHash}, so loading can look values up from char
 * slices without allocating.
 */
public final class Dictionary {

    private byte[] data;
    private int dataSize;
    /** Code -> offset of its bytes in {@code data}; offsets[code + 1] is its end. */
    private int[] offsets;
    private long[] hashes;
    /** Codes whose bytes are UTF-16LE rather than Latin-1. */
    private final BitSet wide = new BitSet();
    /** Slot -> code + 1; 0 marks an empty slot. */
    private int[] table;
    private int size = 1;

    /** An empty dictionary. */
    public Dictionary() {
        this(16);
    }

    /** An empty dictionary sized for about {@code expected} values without rehashing. */
    public Dictionary(int expected) {
        int capacity = Math.max(16, expected + 1);
        data = new byte[capacity * 16];
        offsets = new int[capacity + 1];
        hashes = new long[capacity];
        table = new int[Integer.highestOneBit(capacity * 2 - 1) * 2];
    }

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
            if (hashes[code] == hash && matches(code, value)) {
                return code;
            }
            slot = (slot + 1) & mask;
        }
        return insert(slot, value.toCharArray(), 0, value.length(), hash);
    }

    /** The code of the text in {@code buf[off, off+len)} with the given hash, adding it when new. */
    public int encode(char[] buf, int off, int len, long hash) {
        int slot = slotOf(hash);
        int mask = table.length - 1;
        while (table[slot] != 0) {
            int code = table[slot] - 1;
            if (hashes[code] == hash && matches(code, buf, off, len)) {
                return code;
            }
            slot = (slot + 1) & mask;
        }
        return insert(slot, buf, off, len, hash);
    }

    /** The code in this dictionary of another dictionary's value, adding it when new; copies bytes, not Strings. */
    public int encodeFrom(Dictionary other, int otherCode) {
        if (otherCode == 0) {
            return 0;
        }
        long hash = other.hashes[otherCode];
        int from = other.offsets[otherCode];
        int len = other.offsets[otherCode + 1] - from;
        boolean otherWide = other.wide.get(otherCode);
        int slot = slotOf(hash);
        int mask = table.length - 1;
        while (table[slot] != 0) {
            int code = table[slot] - 1;
            if (hashes[code] == hash && wide.get(code) == otherWide
                    && Arrays.equals(data, offsets[code], offsets[code + 1], other.data, from, from + len)) {
                return code;
            }
            slot = (slot + 1) & mask;
        }
        return insertBytes(slot, other.data, from, len, otherWide, hash);
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
            if (hashes[code] == hash && matches(code, value)) {
                return code;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** The value of a code; null for code 0. Each call makes a new String. */
    public String value(int code) {
        if (code == 0) {
            return null;
        }
        int from = offsets[code];
        int len = offsets[code + 1] - from;
        return new String(data, from, len, wide.get(code) ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1);
    }

    /** The {@link TextHash} of a code's value (0 for code 0). */
    public long hash(int code) {
        return hashes[code];
    }

    /** Number of codes including the reserved 0. */
    public int size() {
        return size;
    }

    private boolean matches(int code, String s) {
        int from = offsets[code];
        int len = offsets[code + 1] - from;
        if (wide.get(code)) {
            if (len != s.length() * 2) {
                return false;
            }
            for (int i = 0; i < s.length(); i++) {
                if (wideChar(from + 2 * i) != s.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
        if (len != s.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if ((data[from + i] & 0xff) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean matches(int code, char[] buf, int off, int len) {
        int from = offsets[code];
        int bytes = offsets[code + 1] - from;
        if (wide.get(code)) {
            if (bytes != len * 2) {
                return false;
            }
            for (int i = 0; i < len; i++) {
                if (wideChar(from + 2 * i) != buf[off + i]) {
                    return false;
                }
            }
            return true;
        }
        if (bytes != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if ((data[from + i] & 0xff) != buf[off + i]) {
                return false;
            }
        }
        return true;
    }

    private char wideChar(int at) {
        return (char) ((data[at] & 0xff) | (data[at + 1] & 0xff) << 8);
    }

    private int insert(int slot, char[] buf, int off, int len, long hash) {
        boolean latin1 = true;
        for (int i = off; i < off + len; i++) {
            if (buf[i] > 0xff) {
                latin1 = false;
                break;
            }
        }
        int bytes = latin1 ? len : len * 2;
        int code = reserve(bytes);
        int at = offsets[code];
        if (latin1) {
            for (int i = 0; i < len; i++) {
                data[at + i] = (byte) buf[off + i];
            }
        } else {
            for (int i = 0; i < len; i++) {
                data[at + 2 * i] = (byte) buf[off + i];
                data[at + 2 * i + 1] = (byte) (buf[off + i] >>> 8);
            }
            wide.set(code);
        }
        return register(slot, code, hash);
    }

    private int insertBytes(int slot, byte[] src, int from, int len, boolean isWide, long hash) {
        int code = reserve(len);
        System.arraycopy(src, from, data, offsets[code], len);
        if (isWide) {
            wide.set(code);
        }
        return register(slot, code, hash);
    }

    /** Makes room for one more value of {@code bytes} bytes and returns its code. */
    private int reserve(int bytes) {
        if (size >= hashes.length) {
            int capacity = hashes.length * 2;
            offsets = Arrays.copyOf(offsets, capacity + 1);
            hashes = Arrays.copyOf(hashes, capacity);
        }
        if (dataSize + bytes > data.length) {
            data = Arrays.copyOf(data, Math.max(dataSize + bytes, data.length + (data.length >> 1)));
        }
        int code = size;
        offsets[code] = dataSize;
        dataSize += bytes;
        offsets[code + 1] = dataSize;
        return code;
    }

    private int register(int slot, int code, long hash) {
        hashes[code] = hash;
        table[slot] = code + 1;
        size++;
        if (size * 2 > table.length) {
            rehash();
        }
        return code;
    }

    /** Releases spare capacity once no more values will be added. */
    public void trim() {
        data = Arrays.copyOf(data, dataSize);
        offsets = Arrays.copyOf(offsets, size + 1);
        hashes = Arrays.copyOf(hashes, size);
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
}
