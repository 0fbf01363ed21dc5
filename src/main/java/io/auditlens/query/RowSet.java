package io.auditlens.query;

import java.util.BitSet;

/** A set of store rows; a thin wrapper over a bitset so every consumer iterates rows the same way. */
public final class RowSet {

    private final BitSet bits;
    private final int universe;

    private RowSet(BitSet bits, int universe) {
        this.bits = bits;
        this.universe = universe;
    }

    /** Every row of a store with {@code size} rows. */
    public static RowSet all(int size) {
        BitSet b = new BitSet(size);
        b.set(0, size);
        return new RowSet(b, size);
    }

    /** Wraps a bitset of rows below {@code universe}; the bitset is not copied. */
    public static RowSet of(BitSet bits, int universe) {
        return new RowSet(bits, universe);
    }

    /** Number of rows in the set. */
    public int count() {
        return bits.cardinality();
    }

    /** Whether the row is in the set. */
    public boolean contains(int row) {
        return bits.get(row);
    }

    /** The first row at or after {@code from}, or -1. */
    public int next(int from) {
        return bits.nextSetBit(from);
    }

    /** Number of rows in the store this set is drawn from. */
    public int universe() {
        return universe;
    }

    /** The underlying bits; read-only by convention. */
    public BitSet bits() {
        return bits;
    }
}
