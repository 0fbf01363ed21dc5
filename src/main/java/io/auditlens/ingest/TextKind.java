package io.auditlens.ingest;

/**
 * The kinds of text document, judged from the shape of every line in the document's head rather than from its
 * first record, so that one damaged record (cut short, a flipped or a NUL byte) never changes how the rest is read.
 */
enum TextKind {
    EMPTY, BINARY, UTF16_WITHOUT_BOM, NOT_JSON, JSON_ARRAY, JSON_VALUES, JSON_LINES;

    /**
     * The kind of the document whose head is {@code head} from offset {@code from} (past any byte order mark);
     * {@code whole} says the head is the whole document, so its last line is complete.
     */
    static TextKind of(byte[] head, int from, boolean whole) {
        HeadLines lines = HeadLines.of(head, from, whole);
        if (lines.nonBlank() == 0) {
            return whole ? EMPTY : JSON_LINES; // blank lines may precede the records: read on to see
        }
        if (Utf16Text.looksLikeUtf16WithoutBom(head, from)) {
            return UTF16_WITHOUT_BOM;
        }
        byte first = head[lines.firstByte()];
        if (first == '[') {
            // A JSON Lines file whose first byte became '[' still has whole-object lines after it; an array does not.
            return lines.laterObjectLines() >= 2 && lines.laterObjectLines() * 2 > lines.nonBlank() - 1
                    ? JSON_LINES : JSON_ARRAY;
        }
        if (first == '{') {
            // Pretty-printed JSON has lines of members ("key": ...) and closing braces; JSON Lines has whole objects.
            return lines.memberLines() > lines.objectLines() ? JSON_VALUES : JSON_LINES;
        }
        if (lines.objectLines() > 0 && lines.objectLines() * 2 >= lines.nonBlank()) {
            return JSON_LINES; // a damaged first line among JSON Lines, even one with binary bytes in it
        }
        if (hasControlBytes(head, from)) {
            return BINARY;
        }
        return lines.laterObjectLines() + lines.laterObjectStarts() > 0 ? JSON_LINES : NOT_JSON;
    }

    /** The format name shown in reports; for JSON Lines, the wrapper most of the head's records use. */
    String format(byte[] head, int from, boolean whole) {
        return switch (this) {
            case EMPTY -> "empty";
            case BINARY, NOT_JSON, UTF16_WITHOUT_BOM -> "unknown";
            case JSON_ARRAY -> "json-array";
            case JSON_VALUES -> "json";
            case JSON_LINES -> RecordWrappers.mostCommon(head, from, whole);
        };
    }

    private static boolean hasControlBytes(byte[] head, int from) {
        for (int k = from; k < Math.min(head.length, from + 1024); k++) {
            int b = head[k] & 0xff;
            if (b < 0x09 || (b > 0x0D && b < 0x20)) {
                return true;
            }
        }
        return false;
    }
}
