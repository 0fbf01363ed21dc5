package io.auditlens.store;

import java.util.Locale;
import java.util.Optional;

/**
 * The 128-bit content hash of an event (see {@link EventStore#hash(int)}), written as 32 lower-case hex digits in
 * case files and provenance sidecars.
 */
public record EventHash(long high, long low) implements Comparable<EventHash> {

    /** The 32 hex digits, high half first. */
    public String hex() {
        return String.format(Locale.ROOT, "%016x%016x", high, low);
    }

    /** The hash these 32 hex digits stand for; empty when the text is not 32 hex digits. */
    public static Optional<EventHash> parse(String hex) {
        if (hex == null || hex.length() != 32) {
            return Optional.empty();
        }
        for (int i = 0; i < 32; i++) {
            if (Character.digit(hex.charAt(i), 16) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new EventHash(Long.parseUnsignedLong(hex.substring(0, 16), 16),
                Long.parseUnsignedLong(hex.substring(16), 16)));
    }

    @Override
    public int compareTo(EventHash o) {
        int c = Long.compareUnsigned(high, o.high);
        return c != 0 ? c : Long.compareUnsigned(low, o.low);
    }

    @Override
    public String toString() {
        return hex();
    }
}
