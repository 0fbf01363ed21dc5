package io.auditlens.store;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DictionaryTest {

    @Property(tries = 200)
    void codesAreStableAndValuesRoundTrip(@ForAll @Size(max = 300) List<String> values) {
        Dictionary d = new Dictionary(4);
        Map<String, Integer> expected = new HashMap<>();
        for (String v : values) {
            int code = d.encode(v);
            Integer before = expected.putIfAbsent(v, code);
            if (before != null) {
                assertEquals(before, code);
            }
            byte[] padded = ("xx" + v + "yy").getBytes(StandardCharsets.UTF_8);
            int len = padded.length - 4;
            assertEquals(code, d.encode(padded, 2, len, TextHash.of(padded, 2, len)));
        }
        assertEquals(expected.size() + 1, d.size());
        Dictionary copy = new Dictionary();
        expected.forEach((v, code) -> {
            assertEquals(v, d.value(code));
            assertEquals(code, d.find(v));
            assertEquals(v, copy.value(copy.encodeFrom(d.snapshot(), code)));
        });
        d.trim();
        expected.forEach((v, code) -> assertEquals(v, d.value(code)));
    }

    @Test
    void aTrimmedDictionaryStillFindsAddsAndCopiesValues() {
        Dictionary d = new Dictionary();
        for (int i = 0; i < 100; i++) {
            d.encode("value " + i);
        }
        d.trim();
        assertEquals(8, d.find("value 7"));
        for (int i = 100; i < 300; i++) {
            assertEquals(i + 1, d.encode("value " + i), "added after trimming, through growth");
        }
        assertEquals(8, d.encode("value 7"));
        assertEquals(250, d.find("value 249"));
        Dictionary copy = new Dictionary();
        assertEquals("value 42", copy.value(copy.encodeFrom(d.snapshot(), 43)));
        d.trim();
        assertEquals("value 42", copy.value(copy.encodeFrom(d.snapshot(), 43)));
    }

    @Test
    void codeZeroIsNoValue() {
        Dictionary d = new Dictionary();
        assertEquals(0, d.encode(null));
        assertNull(d.value(0));
        assertEquals(-1, d.find("absent"));
    }

    @Test
    void nonAsciiValuesRoundTrip() {
        Dictionary d = new Dictionary();
        int latin = d.encode("caf\u00e9");
        int wide = d.encode("caf\u0113");
        int emoji = d.encode("\uD83D\uDE00 ok");
        assertEquals("caf\u00e9", d.value(latin));
        assertEquals("caf\u0113", d.value(wide));
        assertEquals("\uD83D\uDE00 ok", d.value(emoji));
        assertEquals(3, d.size() - 1);
    }

    @Property(tries = 100)
    void textHashAgreesForSlicesAndStrings(@ForAll String s) {
        byte[] padded = ("[" + s + "]").getBytes(StandardCharsets.UTF_8);
        assertEquals(TextHash.of(s), TextHash.of(padded, 1, padded.length - 2));
    }

    @Property(tries = 200)
    void charsEncodeAsStringsDo(@ForAll String s) {
        char[] chars = ("[" + s + "]").toCharArray();
        byte[] out = new byte[chars.length * Utf8.MAX_BYTES_PER_CHAR];
        int n = Utf8.encode(chars, 1, s.length(), out);
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), java.util.Arrays.copyOf(out, n));
    }
}
