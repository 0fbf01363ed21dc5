package io.auditlens.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static io.auditlens.ingest.TestEvents.event;
import static io.auditlens.ingest.TestEvents.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kinds of document of the JSONTestSuite parsing tests (accepted, refused and implementation-defined JSON:
 * numbers, strings, surrogates, encodings, nesting, structure), made here, read as a whole file, gzipped, and as
 * one line between two good events: none gives an internal error or names an exception class, and the good events
 * around a bad line still load.
 */
class JsonTestSuiteShapesTest {

    private static final Pattern EXCEPTION_NAME = Pattern.compile("[A-Z][A-Za-z]*(Exception|Error)\\b");

    @TempDir
    Path dir;

    record Shape(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Shape> shapes() {
        List<Shape> all = new ArrayList<>();
        String[] texts = {
            // accepted JSON
            "[]", "{}", "[\"\"]", "[false]", "[null, 1, \"a\", {}]", "[1\n]", "[-0]", "[1E22]", "[0e+1]", "[-1]",
            "[123.456e-789]", "{\"a\":\"b\",\"a\":\"b\"}", "{\"\":0}", "{\"a\\u0000\":1}", "[\"\\u0000\"]",
            "[\"\\uD834\\uDD1E\"]", "[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"]", "[\"\u2028\u2029\"]", "[\"\\uFFFE\"]",
            "[\"\u007f\"]", "[\"\u00e9\u4e2d\uD83D\uDE00\"]", "1", "-0.1", "null", "true", "\"asd\"", "\"\"",
            " [] ", "[[] ]", "{\"a\":[{\"b\":[]}]}",
            // implementation-defined
            "[123e-10000000]", "[1.5e+9999]", "[-1e+9999]", "[100000000000000000000]", "[-237462374673276894279832749832423479823246327846]",
            "[\"\\uDADA\"]", "[\"\\uD888\\u1234\"]", "[\"\\uDd1ea\"]", "[\"\\uD800\\uD800\\n\"]", "[\"\\uDFAA\"]",
            "{\"\\uDFAA\":0}", "[\"\\uD800\\\"]", "[" + "[".repeat(499) + "]".repeat(500),
            // refused JSON
            "[1 true]", "[\"\": 1]", "[\"\"],", "[1,,2]", "[1,,]", "[\"x\"]]", "[\"x\",]", "[\"x\"", "[x", "[3[4]]",
            "[1;2]", "[,]", "[-]", "[   , \"\"]", "[\"a\",\n4\n,1,", "[1,]", "[1,,]", "[\"\u000b\"]", "[*]", "[\"\"",
            "[1,", "[1,\n1\n,1", "[{}", "[fals]", "[nul]", "[tru]", "123\u0000", "[++1234]", "[+1]", "[+Inf]",
            "[-01]", "[-1.0.]", "[-NaN]", "[.-1]", "[.2e-3]", "[0.1.2]", "[0.3e+]", "[0e]", "[1_000]", "[1eE2]",
            "[Inf]", "[NaN]", "[\uFF11]", "[1+2]", "[0x1]", "[Infinity]", "[-foo]", "[- 1]", "[-012]", "[1ea]",
            "[1.]", "[.123]", "[1.2a-3]", "[012]", "[\"x\", truth]", "{[: \"x\"}\n", "{\"x\", null}", "{\"x\"::\"b\"}",
            "{\uD83C\uDDE8\uD83C\uDDED}", "{\"a\":\"a\" 123}", "{key: 'value'}", "{\"a\" b}", "{:\"b\"}", "{\"a\" \"b\"}",
            "{\"a\":", "{\"a\"", "{1:1}", "{9999E9999:1}", "{null:null,null:null}", "{\"id\":0,,,,,}", "{'a':0}",
            "{\"id\":0,}", "{\"a\":\"b\"}/**/", "{\"a\":\"b\"}/**//", "{\"a\":\"b\"}//", "{\"a\":\"b\"}/", "{\"a\":\"b\",,\"c\":\"d\"}",
            "{a: \"b\"}", "{\"a\":\"a", "{\"a\":\"b\"}#", "{\"a\":true} \"x\"", " ", "[\"\\uD800\\\"]", "[\"\\uD800\\u\"]",
            "[\"\\uD800\\u1\"]", "[\"\\uD800\\u1x\"]", "[\u00e9]", "\"\\u0000", "[\"\\x00\"]", "[\"\\\\\\\"]", "[\"\\\t\"]",
            "[\"\\\uD83C\uDF00\"]", "[\"\\\"]", "[\"\\u00A\"]", "[\"\\a\"]", "[\"\\uqqqq\"]", "[\\u0020\"asd\"]", "[\\n]",
            "\"", "['single quote']", "abc", "[\"\\", "[\"a\u0000a\"]", "[\"new\nline\"]", "[\"\t\"]", "\"\\UA66D\"",
            "\"\"x", "[\u2060]", "<.>", "[<null>]", "[1]x", "[1]]", "[\"asd]", "a\u00e5", "[True]", "]", "{\"x\": true,",
            "[][]", "]", "\u00ef\u00bb{}", "[", "[\u0000]", "2 @", "[\"a\",\n4\n,1,", "[,1]", "{\"a\":1 \"b\":2}", "{\"\":",
            "{\"a\":\"b\"}]", "[{", "[\"a", "{\"a", "{'a'", "[\"\\{[\"\\{[\"\\{[\"\\{", "\u00e9", "*", "{\"a\":\"b\"}#{}",
            "[\\u000A\"\"]", "[1", "[ false, nul", "[ true, fals", "[ false, tru", "{\"asd\":\"asd\"", "\u00e5",
            "[\u2060]", "[\f]",
        };
        for (String t : texts) {
            String name = (t.length() > 40 ? t.substring(0, 40) + "..." : t).replaceAll("\\p{Cntrl}", "?");
            all.add(new Shape(name.isBlank() ? "blank" : name, t.getBytes(StandardCharsets.UTF_8)));
        }
        all.add(new Shape("100000 opening arrays", "[".repeat(100_000).getBytes(StandardCharsets.UTF_8)));
        all.add(new Shape("open array object x50000", "[{\"\":".repeat(50_000).getBytes(StandardCharsets.UTF_8)));
        all.add(new Shape("open object x50000", "{\"a\":".repeat(50_000).getBytes(StandardCharsets.UTF_8)));
        all.add(new Shape("UTF-16LE with BOM", bytes(0xFF, 0xFE, '[', 0, '"', 0, 0xE9, 0, '"', 0, ']', 0)));
        all.add(new Shape("UTF-16BE no BOM", bytes(0, '[', 0, '"', 0, 0xE9, 0, '"', 0, ']')));
        all.add(new Shape("UTF-16LE no BOM", bytes('[', 0, '"', 0, 0xE9, 0, '"', 0, ']', 0)));
        all.add(new Shape("UTF-8 BOM, empty object", bytes(0xEF, 0xBB, 0xBF, '{', '}')));
        all.add(new Shape("UTF-8 BOM, no data", bytes(0xEF, 0xBB, 0xBF)));
        all.add(new Shape("lone invalid UTF-8", bytes(0xE5)));
        all.add(new Shape("null byte outside string", bytes('[', 0, ']')));
        all.add(new Shape("invalid UTF-8 in string", bytes('[', '"', 0xFF, '"', ']')));
        all.add(new Shape("overlong UTF-8", bytes('[', '"', 0xC0, 0xAF, '"', ']')));
        all.add(new Shape("truncated UTF-8", bytes('[', '"', 0xE0, 0xFF, '"', ']')));
        all.add(new Shape("6-byte UTF-8 sequence", bytes('[', '"', 0xFC, 0x83, 0xBF, 0xBF, 0xBF, 0xBF, '"', ']')));
        all.add(new Shape("UTF-8 surrogate U+D800", bytes('[', '"', 0xED, 0xA0, 0x80, '"', ']')));
        all.add(new Shape("ISO Latin-1 string", bytes('[', '"', 0xE9, '"', ']')));
        all.add(new Shape("UTF-32 BOM", bytes(0xFF, 0xFE, 0, 0, '[', 0, 0, 0, ']', 0, 0, 0)));
        return all;
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static void assertInWords(FileReport f, String shape) {
        for (LineError e : f.errors()) {
            assertFalse(EXCEPTION_NAME.matcher(e.message()).find(), shape + ": " + e.message());
            assertFalse(e.message().contains("internal error"), shape + ": " + e.message());
        }
    }

    /** Every shape in its own file, loaded together: one load for them all keeps the test quick. */
    private List<FileReport> loadEach(List<byte[]> contents, String suffix) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            paths.add(write(dir, "shape-" + i + suffix, contents.get(i)));
        }
        List<FileReport> reports = new Loader(2).load(paths).files();
        assertEquals(contents.size(), reports.size());
        return reports;
    }

    @Test
    void aWholeFileGivesNoInternalError() throws IOException {
        List<Shape> shapes = shapes();
        List<byte[]> plain = new ArrayList<>();
        List<byte[]> gzipped = new ArrayList<>();
        for (Shape shape : shapes) {
            plain.add(shape.bytes());
            gzipped.add(TestEvents.gzip(shape.bytes()));
        }
        List<FileReport> plainReports = loadEach(plain, ".json");
        List<FileReport> gzippedReports = loadEach(gzipped, ".json.gz");
        for (int i = 0; i < shapes.size(); i++) {
            String name = shapes.get(i).name();
            assertInWords(plainReports.get(i), name);
            assertInWords(gzippedReports.get(i), name);
            assertEquals(plainReports.get(i).events(), gzippedReports.get(i).events(), name);
            assertEquals(plainReports.get(i).rejected(), gzippedReports.get(i).rejected(), name);
        }
    }

    @Test
    void aLineBetweenGoodEventsCostsOnlyItself() throws IOException {
        List<Shape> shapes = shapes();
        List<byte[]> files = new ArrayList<>();
        for (Shape shape : shapes) {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            text.writeBytes((event(1) + "\n").getBytes(StandardCharsets.UTF_8));
            text.writeBytes(shape.bytes());
            text.writeBytes(("\n" + event(2) + "\n" + event(3) + "\n").getBytes(StandardCharsets.UTF_8));
            files.add(text.toByteArray());
        }
        List<FileReport> reports = loadEach(files, ".ndjson");
        for (int i = 0; i < shapes.size(); i++) {
            FileReport f = reports.get(i);
            String name = shapes.get(i).name();
            int lastShapeLine = 2 + (int) new String(shapes.get(i).bytes(), StandardCharsets.ISO_8859_1).chars()
                    .filter(c -> c == '\n').count();
            assertInWords(f, name);
            assertEquals(3, f.events() + f.duplicates(), name + ": " + f.errors()); // the same events in every file
            assertTrue(f.errors().stream().allMatch(e -> e.line() >= 2 && e.line() <= lastShapeLine),
                    name + ": " + f.errors());
        }
    }
}
