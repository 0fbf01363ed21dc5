package io.auditlens.query;

import io.auditlens.store.Dictionary;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinTask;

/**
 * Ranks a dictionary's values in the order of {@link ValueRanks} straight from their packed UTF-8 bytes, when every
 * value is ASCII (then lower case is a byte mapping and String order is byte order). Comparing Strings cost a
 * cache miss per comparison on hundreds of thousands of messages; here text is sorted by a multikey quicksort on
 * eight bytes at a time, held as primitives beside the codes.
 */
final class DictionaryRanks {

    /** Groups up to this size are sorted by comparing their values. */
    private static final int SMALL = 24;
    /** Ranges from this size on are sorted on another core while this one goes on. */
    private static final int FORK = 1 << 14;
    private static final int END = 0;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final VarHandle BIG_ENDIAN = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final byte[] exact;
    private final int[] offsets;

    private DictionaryRanks(byte[] exact, int[] offsets) {
        this.exact = exact;
        this.offsets = offsets;
    }

    /**
     * The rank of each code as {@code ValueRanks.of(lowerCase, value, true)} gives it (index 0, no value, ranks
     * last), or empty when some value is not ASCII.
     */
    static Optional<int[]> of(Dictionary dictionary) {
        Dictionary.Snapshot values = dictionary.snapshot();
        int size = values.size();
        byte[] data = values.data();
        int end = values.offsets()[size];
        long bits = 0;
        int i = 0;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            bits |= (long) BIG_ENDIAN.get(data, i);
        }
        for (; i < end; i++) {
            bits |= data[i];
        }
        if ((bits & HIGH_BITS) != 0) {
            return Optional.empty();
        }
        return Optional.of(new DictionaryRanks(data, values.offsets()).ranks(size));
    }

    private int[] ranks(int size) {
        int[] numbers = new int[size];
        int[] texts = new int[size];
        int numberCount = 0;
        int textCount = 0;
        for (int code = 1; code < size; code++) {
            if (isNumber(code)) {
                numbers[numberCount++] = code;
            } else {
                texts[textCount++] = code;
            }
        }
        numbers = sortNumbers(Arrays.copyOf(numbers, numberCount));
        texts = Arrays.copyOf(texts, textCount);
        sortTexts(texts);
        int[] rank = new int[size];
        for (int i = 0; i < numberCount; i++) {
            rank[numbers[i]] = i;
        }
        for (int i = 0; i < textCount; i++) {
            rank[texts[i]] = numberCount + i;
        }
        rank[0] = size - 1;
        return rank;
    }

    /** Whether a value is a whole number of at most 18 digits, optionally negative, as {@link ValueRanks} reads it. */
    private boolean isNumber(int code) {
        int from = offsets[code];
        int to = offsets[code + 1];
        int start = from < to && exact[from] == '-' ? from + 1 : from;
        if (to == start || to - start > 18) {
            return false;
        }
        for (int i = start; i < to; i++) {
            if (exact[i] < '0' || exact[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private long number(int code) {
        int from = offsets[code];
        int to = offsets[code + 1];
        boolean negative = exact[from] == '-';
        long n = 0;
        for (int i = negative ? from + 1 : from; i < to; i++) {
            n = n * 10 + (exact[i] - '0');
        }
        return negative ? -n : n;
    }

    /** Numbers by value, then as text (so {@code 007} before {@code 7}); few in practice, so sorted boxed. */
    private int[] sortNumbers(int[] codes) {
        return Arrays.stream(codes).boxed()
                .sorted((a, b) -> {
                    int c = Long.compare(number(a), number(b));
                    return c != 0 ? c : compareExact(a, b);
                })
                .mapToInt(Integer::intValue).toArray();
    }

    /**
     * Sorts codes by lower-case value, then exact value: a multikey quicksort on eight lower-case bytes of each value
     * at a time, kept in a {@code long} beside the code, so partitioning compares primitives in two arrays and the
     * values' bytes are read again only when a group goes on alike past those eight. Ranges wait on an explicit
     * stack, as adversarial values (a, aa, aaa...) could nest deeper than the call stack allows.
     */
    private void sortTexts(int[] codes) {
        long[] keys = new long[codes.length];
        for (int i = 0; i < codes.length; i++) {
            keys[i] = key(codes[i], 0);
        }
        sortRange(codes, keys, 0, codes.length, 0);
    }

    /** Sorts one range; large ranges it splits off are sorted on another core meanwhile. */
    private void sortRange(int[] codes, long[] keys, int from, int to, int fromDepth) {
        List<ForkJoinTask<?>> forked = new ArrayList<>();
        int[] stack = new int[3 * 64];
        int top = push(stack, 0, from, to, fromDepth);
        while (top > 0) {
            int depth = stack[--top];
            int hi = stack[--top];
            int lo = stack[--top];
            while (true) {
                if (hi - lo <= SMALL) {
                    insertionSort(codes, lo, hi, depth);
                    break;
                }
                long pivot = median(keys[lo], keys[(lo + hi) >>> 1], keys[hi - 1]);
                int lt = lo;
                int gt = hi;
                for (int i = lo; i < gt; ) {
                    int c = Long.compareUnsigned(keys[i], pivot);
                    if (c < 0) {
                        swap(keys, codes, lt++, i++);
                    } else if (c > 0) {
                        swap(keys, codes, i, --gt);
                    } else {
                        i++;
                    }
                }
                if (top + 6 > stack.length) {
                    stack = Arrays.copyOf(stack, stack.length * 2);
                }
                top = later(codes, keys, stack, top, lo, lt, depth, forked);
                top = later(codes, keys, stack, top, gt, hi, depth, forked);
                if (gt - lt <= 1) {
                    break;
                }
                if ((pivot & 0xFF) == END) {
                    // The values ended within these bytes, so they are equal in lower case.
                    sortExact(codes, lt, gt);
                    break;
                }
                depth += Long.BYTES;
                for (int i = lt; i < gt; i++) {
                    keys[i] = key(codes[i], depth);
                }
                lo = lt;
                hi = gt;
            }
        }
        forked.forEach(ForkJoinTask::join);
    }

    /** Leaves a range of more than one value for later: forked when large, else on the stack. */
    private int later(int[] codes, long[] keys, int[] stack, int top, int lo, int hi, int depth,
                      List<ForkJoinTask<?>> forked) {
        if (hi - lo >= FORK) {
            forked.add(ForkJoinTask.adapt(() -> sortRange(codes, keys, lo, hi, depth)).fork());
            return top;
        }
        return hi - lo > 1 ? push(stack, top, lo, hi, depth) : top;
    }

    private static int push(int[] stack, int top, int lo, int hi, int depth) {
        stack[top] = lo;
        stack[top + 1] = hi;
        stack[top + 2] = depth;
        return top + 3;
    }

    /**
     * Eight lower-case bytes of a value from {@code depth}, each plus one and 0 past the value's end (so a shorter
     * value sorts first), most significant first: compared unsigned, keys order as the bytes do.
     */
    private long key(int code, int depth) {
        int at = offsets[code] + depth;
        int end = offsets[code + 1];
        if (end - at >= Long.BYTES) {
            return lowerCase((long) BIG_ENDIAN.get(exact, at)) + 0x0101010101010101L; // ASCII bytes: no carry
        }
        long k = 0;
        for (int u = 0; u < Long.BYTES; u++, at++) {
            k = k << Byte.SIZE | (at < end ? lowerCase(exact[at]) + 1 : END);
        }
        return k;
    }

    /** Eight ASCII bytes with A-Z made a-z, all at once: a byte's high bit marks it at least 'A', then above 'Z'. */
    private static long lowerCase(long bytes) {
        long atLeastA = bytes + 0x3F3F3F3F3F3F3F3FL;
        long aboveZ = bytes + 0x2525252525252525L;
        return bytes + ((atLeastA & ~aboveZ & HIGH_BITS) >>> 2);
    }

    private static int lowerCase(byte b) {
        return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
    }

    private static long median(long a, long b, long c) {
        if (Long.compareUnsigned(a, b) > 0) {
            long t = a;
            a = b;
            b = t;
        }
        if (Long.compareUnsigned(b, c) <= 0) {
            return b;
        }
        return Long.compareUnsigned(a, c) >= 0 ? a : c;
    }

    private static void swap(long[] keys, int[] codes, int i, int j) {
        long k = keys[i];
        keys[i] = keys[j];
        keys[j] = k;
        int c = codes[i];
        codes[i] = codes[j];
        codes[j] = c;
    }

    private void insertionSort(int[] codes, int lo, int hi, int depth) {
        for (int i = lo + 1; i < hi; i++) {
            int code = codes[i];
            int j = i;
            while (j > lo && compare(codes[j - 1], code, depth) > 0) {
                codes[j] = codes[j - 1];
                j--;
            }
            codes[j] = code;
        }
    }

    /** Values ordered as in {@link ValueRanks}, known to agree on their first {@code depth} lower-case bytes. */
    private int compare(int a, int b, int depth) {
        for (int d = depth; ; d += Long.BYTES) {
            long ka = key(a, d);
            long kb = key(b, d);
            if (ka != kb) {
                return Long.compareUnsigned(ka, kb);
            }
            if ((ka & 0xFF) == END) {
                return compareExact(a, b);
            }
        }
    }

    private int compareExact(int a, int b) {
        return Arrays.compareUnsigned(exact, offsets[a], offsets[a + 1], exact, offsets[b], offsets[b + 1]);
    }

    /** Sorts values equal in lower case by their exact spelling: case variants of one value, so few. */
    private void sortExact(int[] codes, int lo, int hi) {
        int[] sorted = Arrays.stream(codes, lo, hi).boxed().sorted(this::compareExact)
                .mapToInt(Integer::intValue).toArray();
        System.arraycopy(sorted, 0, codes, lo, sorted.length);
    }
}
