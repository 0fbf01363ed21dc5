package io.auditlens.export;

/**
 * Cells of RFC 4180 CSV: quoted when they hold a comma, quote or line break. A cell starting with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so that a spreadsheet shows an event's text
 * instead of running it as a formula.
 */
public final class CsvCells {

    /** The line end RFC 4180 asks for. */
    public static final String CRLF = "\r\n";

    private CsvCells() {
    }

    /** Appends one cell, made formula-safe and quoted where needed; null and "" are an empty cell. */
    public static void append(StringBuilder line, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        String text = startsLikeAFormula(value) ? "'" + value : value;
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0
                || text.indexOf('\n') >= 0;
        if (!quote) {
            line.append(text);
            return;
        }
        line.append('"').append(text.replace("\"", "\"\"")).append('"');
    }

    private static boolean startsLikeAFormula(String value) {
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
