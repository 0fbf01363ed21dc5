package io.auditlens.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints left-aligned text columns for people reading a terminal: each column as wide as its widest cell, long
 * cells cut with an ellipsis, line breaks and tabs shown as spaces so one row stays one line, absent values as
 * {@code -}. Cells are asked for twice (once to measure, once to print) so that no row is kept in memory.
 */
final class TextTable {

    // Wide enough for a full digest (71 characters), which people copy from the table into --digest.
    private static final int MAX_WIDTH = 72;
    private static final String GAP = "  ";

    /** The text of one cell; null or empty for an absent value. */
    @FunctionalInterface
    interface Cells {
        String cell(int row, int column);
    }

    private TextTable() {
    }

    static void print(PrintWriter out, List<String> headings, int rows, Cells cells) {
        int[] widths = new int[headings.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headings.get(c).length();
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], shown(cells.cell(r, c)).length());
            }
        }
        printLine(out, widths, c -> headings.get(c));
        for (int r = 0; r < rows; r++) {
            int row = r;
            printLine(out, widths, c -> shown(cells.cell(row, c)));
        }
    }

    private static void printLine(PrintWriter out, int[] widths, java.util.function.IntFunction<String> cell) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String text = cell.apply(c);
            line.append(text);
            if (c < widths.length - 1) {
                line.append(" ".repeat(widths[c] - text.length())).append(GAP);
            }
        }
        out.println(line);
    }

    private static String shown(String value) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        String flat = value.replaceAll("[\\r\\n\\t]+", " ");
        return flat.length() <= MAX_WIDTH ? flat : flat.substring(0, MAX_WIDTH - 1) + "\u2026";
    }
}
