package io.auditlens.cli;

import io.auditlens.query.EventField;
import io.auditlens.store.EventStore;

import java.io.PrintWriter;
import java.util.List;

/**
 * Writes events as RFC 4180 CSV: a header of field keys, CRLF line ends, cells quoted when they hold a comma, quote
 * or line break. A cell starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so that
 * a spreadsheet shows an event's text instead of running it as a formula.
 */
final class EventCsv {

    private static final String CRLF = "\r\n";

    private EventCsv() {
    }

    static void write(PrintWriter out, EventStore store, int[] rows, List<EventField> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            line.append(i == 0 ? "" : ",");
            appendCell(line, fields.get(i).key());
        }
        out.print(line.append(CRLF));
        for (int row : rows) {
            line.setLength(0);
            for (int i = 0; i < fields.size(); i++) {
                line.append(i == 0 ? "" : ",");
                appendCell(line, fields.get(i).text(store, row));
            }
            out.print(line.append(CRLF));
        }
        out.flush();
    }

    static void appendCell(StringBuilder line, String value) {
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
