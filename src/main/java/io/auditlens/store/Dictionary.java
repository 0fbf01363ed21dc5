package io.auditlens.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Distinct values of one column; code 0 is reserved for "no value" and maps to null.
 * Values are packed as UTF-8 into one byte array, because a String object per value would cost 40 bytes of
 * overhead on hundreds of thousands of messages and targets. Lookups go through an open-addressing table keyed
 * by {@link TextHash}, so loading can look values up straight from the UTF-8 bytes it read, without allocating.
 * <p>Not thread-safe for writers. A {@link Snapshot} taken by the writing thread stays valid for readers on
 * other threads (once handed over safely), because values are only ever appended.
 */
public final class Dictionary {

    private byte[] data;
    private int dataSize;
    /** Code -> offset of its bytes in {@code data}; offsets[code + 1] is its end. */
    private int[] offsets;
    private long[] hashes;
    /**
     * Slot -> code + 1 in the low 32 bits (0 marks an empty slot) and the high half of the value's hash in the
     * high 32 bits, so a probe rejects other values without reading their hash or bytes: with hundreds of
     * thousands of values, each of those reads is a cache miss.
     */
    private long[] table;
    private int size = 1;

    /** The values of a dictionary up to some code, readable from another thread; no hashes once trimmed. */
    public record Snapshot(byte[] data, int[] offsets, long[] hashes, int size) {
    }

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
        table = new long[Integer.highestOneBit(capacity * 2 - 1) * 2];
    }

    /** The code of a value, adding it when new; null gets code 0. */
    public int encode(String value) {
        if (value == null) {
            return 0;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        return encode(utf8, 0, utf8.length, TextHash.of(utf8, 0, utf8.length));
    }

    /** The code of the UTF-8 text in {@code buf[off, off+len)} with the given {@link TextHash}, adding it when new. */
    public int encode(byte[] buf, int off, int len, long hash) {
        int slot = lookup(buf, off, len, hash);
        return slot < 0 ? -slot - 1 : insert(slot, buf, off, len, hash);
    }

    /** {@code -(code + 1)} of the value when present, else the free slot where it belongs. */
    private int lookup(byte[] buf, int off, int len, long hash) {
        int slot = slotOf(hash);
        int mask = table.length - 1;
        long tag = hash & TAG_BITS;
        long entry;
        while ((entry = table[slot]) != 0) {
            int code = (int) entry - 1;
            // Arrays.equals compares many bytes per instruction; values repeat, so most lookups end here.
            if ((entry & TAG_BITS) == tag
                    && Arrays.equals(data, offsets[code], offsets[code + 1], buf, off, off + len)) {
                return -code - 1;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The code here of value {@code code} of another dictionary's snapshot, adding it when new. */
    public int encodeFrom(Snapshot other, int code) {
        if (code == 0) {
            return 0;
        }
        int from = other.offsets[code];
        int len = other.offsets[code + 1] - from;
        long hash = other.hashes != null ? other.hashes[code] : TextHash.of(other.data, from, len);
        return encode(other.data, from, len, hash);
    }

    /** A view of the values added so far, for reading on another thread. */
    public Snapshot snapshot() {
        return new Snapshot(data, offsets, hashes, size);
    }

    /** The code of an existing value, or -1 when the value never occurs. */
    public int find(String value) {
        if (value == null) {
            return 0;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        int slot = lookup(utf8, 0, utf8.length, TextHash.of(utf8, 0, utf8.length));
        return slot < 0 ? -slot - 1 : -1;
    }

    /** The value of a code; null for code 0. Each call makes a new String. */
    public String value(int code) {
        if (code == 0) {
            return null;
        }
        int from = offsets[code];
        return new String(data, from, offsets[code + 1] - from, StandardCharsets.UTF_8);
    }

    /** Bytes of heap the dictionary's arrays take, spare capacity included. */
    public long footprint() {
        return data.length + 4L * offsets.length + (hashes == null ? 0 : 8L * hashes.length) + 8L * table.length;
    }

    /** Number of codes including the reserved 0. */
    public int size() {
        return size;
    }

    /** Releases spare capacity once no more values will be added. */
    public void trim() {
        data = Arrays.copyOf(data, dataSize);
        offsets = Arrays.copyOf(offsets, size + 1);
        // Lookups need only the table's tags and the bytes: 8 bytes per value less for a loaded store to keep.
        // Should values be added after all, the hashes are computed again.
        hashes = null;
    }

    private int insert(int slot, byte[] utf8, int from, int len, long hash) {
        int code = reserve(len);
        System.arraycopy(utf8, from, data, offsets[code], len);
        return commit(slot, code, offsets[code] + len, hash);
    }

    /** Makes room for one more value of at most {@code maxBytes} bytes and returns its code. */
    private int reserve(int maxBytes) {
        if (hashes == null) {
            hashes = new long[size];
            for (int code = 1; code < size; code++) {
                hashes[code] = TextHash.of(data, offsets[code], offsets[code + 1] - offsets[code]);
            }
        }
        // Arrays grow by half rather than double: a loaded store's largest arrays are its messages' bytes, and while
        // one grows its old and new copies are both held, so the smaller step lowers the load's peak.
        if (size >= hashes.length) {
            int capacity = hashes.length + (hashes.length >> 1) + 16;
            offsets = Arrays.copyOf(offsets, capacity + 1);
            hashes = Arrays.copyOf(hashes, capacity);
        }
        if (dataSize + maxBytes > data.length) {
            data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 16,
                    Math.max((long) dataSize + maxBytes, data.length + (long) (data.length >> 1))));
        }
        offsets[size] = dataSize;
        return size;
    }

    private int commit(int slot, int code, int end, long hash) {
        dataSize = end;
        offsets[code + 1] = end;
        hashes[code] = hash;
        table[slot] = entry(code, hash);
        size++;
        if (size * 2 > table.length) {
            rehash();
        }
        return code;
    }

    private void rehash() {
        table = new long[table.length * 2];
        int mask = table.length - 1;
        for (int code = 1; code < size; code++) {
            int slot = slotOf(hashes[code]);
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = entry(code, hashes[code]);
        }
    }

    private static final long TAG_BITS = 0xFFFFFFFF00000000L;

    private static long entry(int code, long hash) {
        return (hash & TAG_BITS) | (code + 1L);
    }

    private int slotOf(long hash) {
        return (int) (hash ^ (hash >>> 32)) & (table.length - 1);
    }
}
