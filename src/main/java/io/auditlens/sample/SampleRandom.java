package io.auditlens.sample;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** Every random choice of one sample run; a single seeded source so that a seed fixes every byte written. */
final class SampleRandom {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final SplittableRandom random;

    SampleRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A value from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    long nextLong(long bound) {
        return random.nextLong(bound);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /**
     * An index into a list kept in creation order, leaning towards the end: recent images are
     * pulled, scanned and tagged far more often than old ones, but old ones still show up.
     */
    int recentIndex(int size) {
        if (random.nextDouble() < 0.3) {
            return random.nextInt(size);
        }
        double u = random.nextDouble();
        int back = (int) (size * u * u * u * u);
        return size - 1 - Math.min(back, size - 1);
    }

    /** An index leaning towards the start of a creation-ordered list: clean-ups remove old images first. */
    int oldIndex(int size) {
        double u = random.nextDouble();
        return Math.min((int) (size * u * u), size - 1);
    }

    String hex(int length) {
        char[] out = new char[length];
        long bits = 0;
        for (int i = 0; i < length; i++) {
            if (i % 16 == 0) {
                bits = random.nextLong();
            }
            out[i] = HEX[(int) (bits & 0xF)];
            bits >>>= 4;
        }
        return new String(out);
    }

    /** Decimal digits without a leading zero, as IBMid numbers look. */
    String digits(int length) {
        char[] out = new char[length];
        out[0] = (char) ('1' + random.nextInt(9));
        for (int i = 1; i < length; i++) {
            out[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(out);
    }

    /** A version 4 UUID drawn from this source (UUID.randomUUID would break determinism). */
    String uuid() {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    /** An address from the IPv4 documentation ranges (RFC 5737), so no real host is named. */
    String documentationIpv4() {
        String[] prefixes = {"192.0.2.", "198.51.100.", "203.0.113."};
        return prefixes[random.nextInt(prefixes.length)] + between(1, 254);
    }

    /** An address from the IPv6 documentation prefix 2001:db8::/32 (RFC 3849). */
    String documentationIpv6() {
        return "2001:db8:" + Integer.toHexString(between(1, 0xffff)) + "::" + Integer.toHexString(between(1, 0xfff));
    }
}
