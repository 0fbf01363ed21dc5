package io.auditlens.ingest;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UuidsTest {

    private final long[] high = new long[1];
    private final long[] low = new long[1];

    private boolean pack(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return Uuids.pack(b, b.length, high, low, 0);
    }

    @Property(tries = 300)
    void canonicalUuidsRoundTrip(@ForAll long mostSignificant, @ForAll long leastSignificant) {
        UUID uuid = new UUID(mostSignificant, leastSignificant);
        boolean packed = pack(uuid.toString());
        assertEquals(mostSignificant != 0 || leastSignificant != 0, packed);
        if (packed) {
            assertEquals(uuid, new UUID(high[0], low[0]));
        }
    }

    @Test
    void otherTextStaysText() {
        assertTrue(pack("a46d6753-ec14-8cb4-8e73-ca47ea90a8f0"));
        assertFalse(pack("A46D6753-EC14-8CB4-8E73-CA47EA90A8F0"), "upper case");
        assertFalse(pack("a46d6753-ec14-8cb4-8e73-ca47ea90a8fg"), "not hex");
        assertFalse(pack("a46d6753ec14-8cb4-8e73-ca47ea90a8f0-"), "dashes elsewhere");
        assertFalse(pack("a46d6753-ec14-8cb4-8e73-ca47ea90a8f"), "too short");
        assertFalse(pack("00000000-0000-0000-0000-000000000000"), "the nil UUID marks no value");
        assertFalse(pack("a46d6753-ec14-8cb4-8e73-ca47ea90a8\u00e9"), "non-ASCII");
    }
}
