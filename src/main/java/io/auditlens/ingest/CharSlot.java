package io.auditlens.ingest;

import io.auditlens.store.Dictionary;
import io.auditlens.store.TextHash;

import java.util.Arrays;

/**
 * A reusable holder for one captured string value: its characters and {@link TextHash}. Capturing copies
 * characters instead of creating a String, because most values repeat and are found in a dictionary.
 */
final class CharSlot {

    private char[] chars = new char[64];
    private int length;
    private long hash;
    private boolean present;

    void set(char[] src, int off, int len, long textHash) {
        if (len > chars.length) {
            chars = new char[Math.max(len, chars.length * 2)];
        }
        System.arraycopy(src, off, chars, 0, len);
        length = len;
        hash = textHash;
        present = true;
    }

    void set(String s) {
        if (s == null || s.isEmpty()) {
            clear();
            return;
        }
        if (s.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(s.length(), chars.length * 2));
        }
        s.getChars(0, s.length(), chars, 0);
        length = s.length();
        hash = TextHash.of(s);
        present = true;
    }

    void copyFrom(CharSlot other) {
        if (other.present) {
            set(other.chars, 0, other.length, other.hash);
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

    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    /** The dictionary code of the value, 0 when absent. */
    int encode(Dictionary dictionary) {
        return present ? dictionary.encode(chars, 0, length, hash) : 0;
    }

    @Override
    public String toString() {
        return present ? new String(chars, 0, length) : "";
    }
}
