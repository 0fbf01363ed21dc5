package io.auditlens.ingest;

/**
 * Puts a JSON text that spans several lines on one line, so that an archive row stays one line of the raw copy and
 * row numbers stay line numbers. Between tokens a line break is only white space and becomes a space, which keeps
 * the event equal; inside a string a raw line break is not valid JSON, and such a text is refused, not repaired.
 */
final class OneLineJson {

    private OneLineJson() {
    }

    /**
     * The UTF-8 text itself when it holds no CR or LF, else a copy with those turned into spaces; null when one
     * sits inside a string. Multi-byte UTF-8 sequences never hold these bytes, so bytes can be scanned one by one.
     */
    static byte[] of(byte[] text) {
        if (!hasLineBreak(text)) {
            return text;
        }
        byte[] line = text.clone();
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < line.length; i++) {
            byte b = line[i];
            boolean lineBreak = b == '\n' || b == '\r';
            if (inString) {
                if (lineBreak) {
                    return null;
                }
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (lineBreak) {
                line[i] = ' ';
            }
        }
        return line;
    }

    private static boolean hasLineBreak(byte[] text) {
        for (byte b : text) {
            if (b == '\n' || b == '\r') {
                return true;
            }
        }
        return false;
    }
}
