package io.auditlens.ingest;

import io.auditlens.store.Dictionary;
import io.auditlens.store.TextHash;

import java.nio.charset.StandardCharsets;

/**
 * A reusable holder for one captured string value: its UTF-8 bytes and {@link TextHash}. Capturing copies bytes
 * instead of creating a String, because most values repeat and are found in a dictionary.
 */
final class TextSlot {

    private byte[] bytes = new byte[128];
    private int length;
    private long hash;
    private boolean present;

    void set(byte[] src, int off, int len, long textHash) {
        if (len > bytes.length) {
            bytes = new byte[Math.max(len, bytes.length * 2)];
        }
        System.arraycopy(src, off, bytes, 0, len);
        length = len;
        hash = textHash;
        present = true;
    }

    void set(TextValue value) {
        set(value.bytes(), value.offset(), value.length(), value.hash());
    }

    void set(String s) {
        if (s == null || s.isEmpty()) {
            clear();
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        set(utf8, 0, utf8.length, TextHash.of(utf8, 0, utf8.length));
    }

    void copyFrom(TextSlot other) {
        if (other.present) {
            set(other.bytes, 0, other.length, other.hash);
        } else {
            clear();
        }
    }

    void clear() {
        present = false;
        length = 0;
    }

    boolean present() {
        return present;
    }

    long hash() {
        return hash;
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** The dictionary code of the value, 0 when absent. */
    int encode(Dictionary dictionary) {
        return present ? dictionary.encode(bytes, 0, length, hash) : 0;
    }

    @Override
    public String toString() {
        return present ? new String(bytes, 0, length, StandardCharsets.UTF_8) : "";
    }
}
