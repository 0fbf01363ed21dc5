package io.auditlens.store;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
            char[] chars = ("xx" + v + "yy").toCharArray();
            assertEquals(code, d.encode(chars, 2, v.length(), TextHash.of(v)));
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
        char[] chars = ("[" + s + "]").toCharArray();
        assertEquals(TextHash.of(s), TextHash.of(chars, 1, s.length()));
    }
}
