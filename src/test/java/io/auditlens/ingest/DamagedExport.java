package io.auditlens.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An export with some of its records damaged, and where each damaged record ended up: the lines it spans in the
 * damaged text. Records are byte spans of the original export; the bytes between them (line ends, or the commas of
 * a JSON array) are kept, except where two records are glued together.
 */
final class DamagedExport {

    /** The ways an auditor's exports get damaged. */
    enum Kind {
        BYTE_FLIP, CUT, FILE_CUT, INSERTED_BYTES, NUL_BYTE, INVALID_UTF8, DEEP_NESTING, HUGE_NUMBER, BROKEN_ESCAPE,
        IMPOSSIBLE_TIME, NON_STRING_ACTION, GLUED_TO_NEXT
    }

    /** One damage: a kind, applied to the record at {@code position} (0..999, scaled to the record count). */
    record Damage(int position, Kind kind, long seed) {
    }

    /** The lines (1-based, inclusive) a damaged record spans in the damaged text. */
    record Span(int firstLine, int lastLine) {
        boolean contains(int line) {
            return line >= firstLine && line <= lastLine;
        }
    }

    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
    private static final Pattern ACTION = Pattern.compile("(\\\\?\"action\\\\?\"\\s*:\\s*)\\\\?\"[^\"\\\\]*\\\\?\"");
    private static final Pattern STRING_START = Pattern.compile("\"\\s*:\\s*\"");

    final byte[] bytes;
    /** The damaged records by index, with the lines they span. */
    final Map<Integer, Span> damaged;
    /** Records that are still in the text, untouched. */
    final List<Integer> intact;
    /** The first damaged record's index. */
    final int firstDamaged;

    private DamagedExport(byte[] bytes, Map<Integer, Span> damaged, List<Integer> intact, int firstDamaged) {
        this.bytes = bytes;
        this.damaged = damaged;
        this.intact = intact;
        this.firstDamaged = firstDamaged;
    }

    /** Damages the records of {@code original} (spans {@code starts[i]..ends[i]}) as the damages say. */
    static DamagedExport of(byte[] original, int[] starts, int[] ends, List<Damage> damages) {
        int n = starts.length;
        Map<Integer, Damage> byRecord = new TreeMap<>();
        for (Damage d : damages) {
            byRecord.putIfAbsent(Math.min(n - 1, d.position() * n / 1000), d);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<Integer, Span> spans = new TreeMap<>();
        List<Integer> intact = new ArrayList<>();
        int line = 1;
        int pos = 0;
        boolean glueNext = false;
        for (int i = 0; i < n; i++) {
            byte[] gap = java.util.Arrays.copyOfRange(original, pos, starts[i]);
            if (glueNext) {
                gap = latin1(latin1(gap).replace("\n", "").replace("\r", "").replace(",", ""));
            }
            line += write(out, gap);
            Damage d = byRecord.get(i);
            String record = latin1(java.util.Arrays.copyOfRange(original, starts[i], ends[i]));
            boolean damagedHere = d != null || glueNext;
            glueNext = d != null && d.kind() == Kind.GLUED_TO_NEXT && i + 1 < n;
            String text = d == null ? record : apply(d, record);
            int first = line;
            line += write(out, latin1(text));
            if (damagedHere) {
                spans.put(i, new Span(first, line));
            } else {
                intact.add(i);
            }
            pos = ends[i];
            if (d != null && d.kind() == Kind.FILE_CUT) {
                return new DamagedExport(out.toByteArray(), spans, intact, spans.keySet().iterator().next());
            }
        }
        write(out, java.util.Arrays.copyOfRange(original, pos, original.length));
        return new DamagedExport(out.toByteArray(), spans, intact, spans.keySet().iterator().next());
    }

    private static String apply(Damage d, String record) {
        Random r = new Random(d.seed());
        int at = 1 + r.nextInt(Math.max(1, record.length() - 1));
        return switch (d.kind()) {
            case BYTE_FLIP -> record.substring(0, at) + (char) ((record.charAt(at) ^ (1 + r.nextInt(255))) & 0xff)
                    + record.substring(at + 1);
            case CUT, FILE_CUT -> record.substring(0, at);
            case INSERTED_BYTES -> record.substring(0, at) + randomBytes(r, 1 + r.nextInt(8)) + record.substring(at);
            case NUL_BYTE -> record.substring(0, at) + '\0' + record.substring(at + (r.nextBoolean() ? 1 : 0));
            case INVALID_UTF8 -> record.substring(0, at) + (r.nextBoolean() ? "\u00ff" : "\u00c3\u0028")
                    + record.substring(at);
            case DEEP_NESTING -> afterBrace(record, "\"deep\":" + "[".repeat(3000) + "]".repeat(3000) + ",");
            case HUGE_NUMBER -> afterBrace(record, "\"big\":" + (r.nextBoolean() ? "9".repeat(5000) : "1e999999999")
                    + ",");
            case BROKEN_ESCAPE -> insertAtStringValue(record, r.nextBoolean() ? "\\q" : "\\u12G", r);
            case IMPOSSIBLE_TIME -> TIME.matcher(record).replaceFirst("2026-02-30T25:61:99");
            case NON_STRING_ACTION -> ACTION.matcher(record).replaceFirst(
                    "$1" + (r.nextBoolean() ? "12345" : "{\"name\":\"image.pull\"}"));
            case GLUED_TO_NEXT -> record;
        };
    }

    private static String afterBrace(String record, String member) {
        int brace = record.indexOf('{');
        return record.substring(0, brace + 1) + member + record.substring(brace + 1);
    }

    private static String insertAtStringValue(String record, String text, Random r) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = STRING_START.matcher(record);
        while (m.find()) {
            starts.add(m.end());
        }
        int at = starts.isEmpty() ? record.length() / 2 : starts.get(r.nextInt(starts.size()));
        return record.substring(0, at) + text + record.substring(at);
    }

    private static String randomBytes(Random r, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append((char) r.nextInt(256));
        }
        return sb.toString();
    }

    private static int write(ByteArrayOutputStream out, byte[] b) {
        out.writeBytes(b);
        int lines = 0;
        for (byte x : b) {
            lines += x == '\n' ? 1 : 0;
        }
        return lines;
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
