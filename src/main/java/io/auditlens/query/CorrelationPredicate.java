package io.auditlens.query;

import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;

import java.util.BitSet;

/**
 * Matches {@code correlation:} terms. Most correlation ids are UUIDs packed into two longs, so a term is turned
 * into a 128-bit value and a number of leading hex digits, and compared without making a string per row.
 */
final class CorrelationPredicate {

    private static final int HEX_DIGITS = 32;

    private final EventStore store;
    private final LowerCaseDictionaries lower;

    CorrelationPredicate(EventStore store, LowerCaseDictionaries lower) {
        this.store = store;
        this.lower = lower;
    }

    BitSet rows(QueryNode.FieldTerm term) {
        TextComparison cmp = TextComparison.of(term.value(), term.kind());
        boolean[] textMask = ColumnPredicate.of(EventColumn.CORRELATION_TEXT,
                lower.of(EventColumn.CORRELATION_TEXT), cmp::test).mask();
        int[] textCodes = store.codes(EventColumn.CORRELATION_TEXT);
        UuidPrefix prefix = cmp.kind() == MatchKind.EMPTY ? null : UuidPrefix.parse(cmp.lowerValue(),
                cmp.kind() == MatchKind.PREFIX);
        BitSet out = new BitSet(store.size());
        for (int row = 0; row < store.size(); row++) {
            long hi = store.correlationHigh(row);
            long lo = store.correlationLow(row);
            boolean packed = hi != 0 || lo != 0;
            if (packed ? prefix != null && prefix.matches(hi, lo) : textMask[textCodes[row]]) {
                out.set(row);
            }
        }
        return out;
    }

    /** The leading {@code digits} hex digits of a UUID, as the high and low halves they fall in. */
    private record UuidPrefix(long hi, long lo, int digits) {

        /** The prefix a term's text stands for; null when no UUID can start (or, if exact, be) that text. */
        static UuidPrefix parse(String text, boolean prefix) {
            if (text.length() > 36 || (!prefix && text.length() != 36)) {
                return null;
            }
            long hi = 0;
            long lo = 0;
            int digits = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean dashPlace = i == 8 || i == 13 || i == 18 || i == 23;
                if (dashPlace) {
                    if (c != '-') {
                        return null;
                    }
                    continue;
                }
                int v = Character.digit(c, 16);
                if (v < 0) {
                    return null;
                }
                if (digits < 16) {
                    hi |= (long) v << (60 - 4 * digits);
                } else {
                    lo |= (long) v << (60 - 4 * (digits - 16));
                }
                digits++;
            }
            return new UuidPrefix(hi, lo, digits);
        }

        boolean matches(long rowHi, long rowLo) {
            if (digits <= 16) {
                return digits == 0 || (rowHi >>> (64 - 4 * digits)) == (hi >>> (64 - 4 * digits));
            }
            int loDigits = digits - 16;
            return rowHi == hi && (loDigits == HEX_DIGITS - 16 ? rowLo == lo
                    : (rowLo >>> (64 - 4 * loDigits)) == (lo >>> (64 - 4 * loDigits)));
        }
    }
}
