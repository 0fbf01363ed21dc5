package io.auditlens.ingest;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueScanningParserTest {

    private final ValueScanningFactory factory = new ValueScanningFactory(new JsonFactoryBuilder());

    @Test
    void plainStringsOfEveryLengthAreTakenAndParsingGoesOn() throws IOException {
        for (int n = 0; n < 40; n++) {
            String value = "v".repeat(n);
            byte[] json = ("  {\"a\":\"" + value + "\",\"b\":[1,\"x\"]}").getBytes(StandardCharsets.UTF_8);
            try (JsonParser p = factory.createParser(json, 2, json.length - 2)) {
                assertInstanceOf(ValueScanningParser.class, p);
                p.nextToken();
                p.nextToken();
                assertEquals(JsonToken.VALUE_STRING, p.nextToken());
                TextValue text = new TextValue();
                assertTrue(((ValueScanningParser) p).takePlainString(text));
                assertEquals(value, text.toString());
                assertEquals(JsonToken.FIELD_NAME, p.nextToken());
                assertEquals("b", p.currentName());
                assertEquals(List.of("START_ARRAY", "VALUE_NUMBER_INT", "VALUE_STRING", "END_ARRAY", "END_OBJECT"),
                        rest(p));
                assertEquals(json.length - 2, p.currentLocation().getByteOffset(), "offsets count from the slice start");
            }
        }
    }

    @Test
    void escapesAndNonAsciiAreLeftToJackson() throws IOException {
        for (String raw : List.of("a\\\"b", "tab\\there", "caf\u00e9", "\\u00e9t\u00e9")) {
            byte[] json = ("[\"" + raw + "\"]").getBytes(StandardCharsets.UTF_8);
            try (JsonParser p = factory.createParser(json)) {
                p.nextToken();
                p.nextToken();
                TextValue text = new TextValue();
                assertFalse(((ValueScanningParser) p).takePlainString(text));
                text.read(p);
                assertEquals(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get(0).asText(),
                        text.toString());
            }
        }
    }

    @Test
    void controlCharactersAndUnterminatedStringsStillFailAsJacksonSays() throws IOException {
        for (String bad : List.of("[ \"ab\u0000\"]", "[ \"line\nbreak\"]", "[ \"never ends")) {
            byte[] json = bad.getBytes(StandardCharsets.UTF_8);
            try (JsonParser p = factory.createParser(json)) {
                p.nextToken();
                p.nextToken();
                assertFalse(((ValueScanningParser) p).takePlainString(new TextValue()));
                assertThrows(JsonParseException.class, p::getText);
            }
        }
    }

    @Test
    void inputWithAByteOrderMarkGoesToJacksonsOwnParser() throws IOException {
        byte[] json = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', '"', 'x', '"', ']'};
        try (JsonParser p = factory.createParser(json)) {
            p.nextToken();
            p.nextToken();
            TextValue text = new TextValue();
            text.read(p);
            assertEquals("x", text.toString());
        }
    }

    @Test
    void streamsTakeTheFastPathAndStringsAcrossBufferRefillsStillReadWhole() throws IOException {
        StringBuilder json = new StringBuilder("[");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String value = "value-" + i + "-" + "x".repeat(i % 97); // lengths that straddle buffer ends
            expected.add(value);
            json.append(i == 0 ? "" : ",").append('"').append(value).append('"');
        }
        json.append(']');
        List<String> read = new ArrayList<>();
        try (JsonParser p = factory.createParser(
                new java.io.ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)))) {
            assertInstanceOf(ValueScanningParser.class, p);
            p.nextToken();
            TextValue text = new TextValue();
            while (p.nextToken() == JsonToken.VALUE_STRING) {
                text.read(p);
                read.add(text.toString());
            }
        }
        assertEquals(expected, read);
    }

    @Test
    void aStreamWithAByteOrderMarkGoesToJacksonsOwnParser() throws IOException {
        byte[] json = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', '"', 'x', '"', ']'};
        try (JsonParser p = factory.createParser(new java.io.ByteArrayInputStream(json))) {
            p.nextToken();
            p.nextToken();
            TextValue text = new TextValue();
            text.read(p);
            assertEquals("x", text.toString());
        }
    }

    @Property(tries = 500)
    void specialBytesFindsTheFirstQuoteBackslashControlOrNonAsciiByte(@ForAll long word) {
        int expected = -1;
        for (int k = 0; k < 8 && expected < 0; k++) {
            int b = (int) (word >>> (8 * k)) & 0xFF;
            if (b == '"' || b == '\\' || b < 0x20 || b >= 0x80) {
                expected = k;
            }
        }
        long special = ValueScanningParser.specialBytes(word);
        assertEquals(expected, special == 0 ? -1 : Long.numberOfTrailingZeros(special) >>> 3);
    }

    private static List<String> rest(JsonParser p) throws IOException {
        List<String> tokens = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != null) {
            tokens.add(t.name());
        }
        return tokens;
    }
}
