package io.auditlens.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class OneLineJsonTest {

    private static String oneLine(String text) {
        byte[] line = OneLineJson.of(text.getBytes(StandardCharsets.UTF_8));
        return line == null ? null : new String(line, StandardCharsets.UTF_8);
    }

    @Test
    void textOnOneLineIsKeptAsItIs() {
        byte[] text = "{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8);
        assertSame(text, OneLineJson.of(text));
    }

    @Test
    void lineBreaksBetweenTokensBecomeSpaces() {
        assertEquals("{   \"a\": 1,   \"b\": \"x\\ny\" } ", oneLine("{\r\n \"a\": 1,\n\r \"b\": \"x\\ny\"\n}\n"));
    }

    @Test
    void escapesDecideWhereAStringEnds() {
        assertEquals("{\"a\":\"q\\\"\", \"b\":1}", oneLine("{\"a\":\"q\\\"\",\n\"b\":1}"));
        assertEquals("{\"a\":\"\\\\\", \"b\":1}", oneLine("{\"a\":\"\\\\\",\n\"b\":1}"));
    }

    @Test
    void lineBreakInsideAStringIsRefused() {
        assertNull(oneLine("{\"a\":\"two\nlines\"}"));
        assertNull(oneLine("{\"a\":\"carriage\rreturn\"}"));
        assertNull(oneLine("{\"a\":\"escaped \\\nbreak\"}"));
    }
}
