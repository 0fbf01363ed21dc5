package io.auditlens.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArrayElementScanTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void blanksTheArraysOwnBracketsAndCommasOnly() {
        byte[] buf = "[{\"a\":[1,2],\"b\":\"x,]\\\"}\"}, 3 ,\"s\"]  ".getBytes(StandardCharsets.UTF_8);
        ArrayElementScan scan = new ArrayElementScan();
        scan.scan(buf, 0, buf.length);
        assertEquals(" {\"a\":[1,2],\"b\":\"x,]\\\"}\"}  3  \"s\"   ", new String(buf, StandardCharsets.UTF_8));
        assertEquals(33, scan.end());
        assertEquals(33, scan.lastBoundary());
    }

    @Test
    void stopsBetweenElementsOrInsideOne() {
        byte[] open = "[{\"a\":1},".getBytes(StandardCharsets.UTF_8);
        ArrayElementScan between = new ArrayElementScan();
        between.scan(open, 0, open.length);
        assertTrue(between.betweenElements());
        assertEquals(-1, between.end());
        assertEquals(open.length - 1, between.lastBoundary());
        byte[] cut = "[{\"a\":\"1".getBytes(StandardCharsets.UTF_8);
        ArrayElementScan inside = new ArrayElementScan();
        inside.scan(cut, 0, cut.length);
        assertFalse(inside.betweenElements());
        assertEquals(-1, inside.lastBoundary());
    }

    @Test
    void valueEndSkipsOneValue() {
        byte[] buf = "  {\"a\":\"}\"} nope {\"b\":1}".getBytes(StandardCharsets.UTF_8);
        assertEquals(11, ArrayElementScan.valueEnd(buf, 0, buf.length));
        assertEquals(16, ArrayElementScan.valueEnd(buf, 11, buf.length));
        assertEquals(buf.length, ArrayElementScan.valueEnd(buf, 16, buf.length));
    }

    /** Scanning in pieces, as buffers fill, blanks the same bytes as scanning at once, and the chunks parse back. */
    @Property(tries = 200)
    void piecesScanLikeTheWholeAndChunksHoldWholeElements(@ForAll("arrays") String json,
                                                          @ForAll @Size(max = 6) List<@IntRange(min = 1, max = 40) Integer> steps)
            throws IOException {
        byte[] whole = json.getBytes(StandardCharsets.UTF_8);
        ArrayElementScan once = new ArrayElementScan();
        once.scan(whole, 0, whole.length);

        byte[] pieces = json.getBytes(StandardCharsets.UTF_8);
        ArrayElementScan stepwise = new ArrayElementScan();
        List<Integer> cuts = new ArrayList<>();
        int at = 0;
        for (int step : steps) {
            int to = Math.min(pieces.length, at + step);
            stepwise.scan(pieces, at, to);
            cuts.add(stepwise.lastBoundary() + 1);
            at = to;
        }
        stepwise.scan(pieces, at, pieces.length);
        assertArrayEquals(whole, pieces);
        assertEquals(once.end(), stepwise.end());

        List<JsonNode> expected = new ArrayList<>();
        MAPPER.readTree(json).forEach(expected::add);
        // Every place the scan offered as a cut lies between elements: the pieces parse to the elements in order.
        List<JsonNode> parsed = new ArrayList<>();
        int from = 0;
        cuts.add(once.end() + 1);
        for (int cut : cuts.stream().distinct().sorted().toList()) {
            if (cut > from) {
                parsed.addAll(values(Arrays.copyOfRange(pieces, from, cut)));
                from = cut;
            }
        }
        assertEquals(expected, parsed);
    }

    private static List<JsonNode> values(byte[] chunk) throws IOException {
        try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(chunk)) {
            return it.readAll();
        }
    }

    @Provide
    Arbitrary<String> arrays() {
        Arbitrary<String> text = Arbitraries.strings().withChars("ab,[]{}\"\\: \n\u00e9\u4e2d").ofMaxLength(12);
        Arbitrary<Object> element = Arbitraries.oneOf(
                text.map(s -> (Object) Map.of("message", s, "list", List.of(s, 1))),
                text.map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i));
        return element.list().ofMaxSize(8).map(list -> {
            try {
                return MAPPER.writeValueAsString(list);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
