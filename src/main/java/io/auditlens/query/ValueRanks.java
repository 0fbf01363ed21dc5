package io.auditlens.query;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntFunction;

/**
 * Ranks the distinct values of a column in table order: whole numbers first and by value (so reason 50 comes before
 * 403), then text ignoring case, then exact spelling. One sort key is made per distinct value, never per row.
 */
final class ValueRanks {

    private ValueRanks() {
    }

    /**
     * The rank of each code; index 0 (no value) ranks after every value.
     *
     * @param lower    the lower-case value of each code
     * @param exact    a code's value as written, asked for only to order values that differ in case alone
     * @param distinct whether no two codes have the same value (true for a dictionary column, whose ranks can then
     *                 be positions; false for derived values such as categories, where equal values share a rank)
     */
    static int[] of(String[] lower, IntFunction<String> exact, boolean distinct) {
        Key[] keys = new Key[lower.length - 1];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Key.of(lower[i + 1], i + 1);
        }
        Comparator<Key> order = (a, b) -> {
            int c = a.compareIgnoringCase(b);
            return c != 0 ? c : exact.apply(a.code).compareTo(exact.apply(b.code));
        };
        // Dictionaries of ASCII values are ranked by DictionaryRanks instead, several times faster on 369,358
        // messages; this comparator serves the rest (and is the order that one must reproduce).
        Arrays.parallelSort(keys, order);
        int[] rank = new int[lower.length];
        int r = -1;
        for (int i = 0; i < keys.length; i++) {
            if (distinct || i == 0 || order.compare(keys[i], keys[i - 1]) != 0) {
                r++;
            }
            rank[keys[i].code] = r;
        }
        rank[0] = r + 1;
        return rank;
    }

    /** Compares two values in the order the ranks follow. */
    static int compare(String a, String b) {
        int c = Key.of(TextComparison.lower(a), 0).compareIgnoringCase(Key.of(TextComparison.lower(b), 0));
        return c != 0 ? c : a.compareTo(b);
    }

    /** One value's sort key, carrying its code so that sorting keys sorts codes. */
    private record Key(boolean numeric, long number, String lower, int code) {

        static Key of(String lower, int code) {
            boolean numeric = isNumber(lower);
            return new Key(numeric, numeric ? Long.parseLong(lower) : 0, lower, code);
        }

        int compareIgnoringCase(Key o) {
            if (numeric != o.numeric) {
                return numeric ? -1 : 1;
            }
            if (numeric && number != o.number) {
                return Long.compare(number, o.number);
            }
            return lower.compareTo(o.lower);
        }
    }

    private static boolean isNumber(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        if (s.length() == start || s.length() - start > 18) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
