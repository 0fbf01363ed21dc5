package io.auditlens.ingest;

/**
 * Counts of the kinds of line in a document's head, from which {@link TextKind} judges the document's shape.
 *
 * @param nonBlank lines holding more than white space
 * @param firstByte offset of the first byte that is not white space
 * @param objectLines lines that are one whole object ({@code {...}}), the last counted if it runs past the head
 * @param laterObjectLines object lines after the first non-blank line
 * @param laterObjectStarts lines after the first that start with an object but do not end it
 * @param memberLines lines that start with a member name or a closing bracket, as pretty-printed JSON has
 */
record HeadLines(int nonBlank, int firstByte, int objectLines, int laterObjectLines, int laterObjectStarts,
                 int memberLines) {

    /** Counts the lines of {@code head} from {@code from}; {@code whole} says its last line is complete. */
    static HeadLines of(byte[] head, int from, boolean whole) {
        int nonBlank = 0;
        int firstByte = head.length;
        int objects = 0;
        int laterObjects = 0;
        int laterStarts = 0;
        int members = 0;
        int lineStart = from;
        while (lineStart < head.length) {
            int lineEnd = lineStart;
            while (lineEnd < head.length && head[lineEnd] != '\n') {
                lineEnd++;
            }
            boolean cutByHead = lineEnd == head.length && !whole;
            int s = skipSpace(head, lineStart, lineEnd);
            int e = lineEnd;
            while (e > s && isSpace(head[e - 1])) {
                e--;
            }
            if (s < e) {
                boolean later = nonBlank > 0;
                if (!later) {
                    firstByte = s;
                }
                nonBlank++;
                byte a = head[s];
                boolean object = a == '{' && e - s > 1 && (head[e - 1] == '}' || cutByHead);
                if (object) {
                    objects++;
                    laterObjects += later ? 1 : 0;
                } else if (a == '{' && later) {
                    laterStarts++;
                } else if (a == '"' || a == '}' || a == ']') {
                    members++;
                }
            }
            lineStart = lineEnd + 1;
        }
        return new HeadLines(nonBlank, firstByte, objects, laterObjects, laterStarts, members);
    }

    private static int skipSpace(byte[] head, int from, int to) {
        int i = from;
        while (i < to && isSpace(head[i])) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
