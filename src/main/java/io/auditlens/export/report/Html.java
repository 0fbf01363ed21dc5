package io.auditlens.export.report;

import java.util.List;
import java.util.Locale;

/**
 * Builds HTML text. Every piece of text from an event, a file or a user goes through {@link #text}, which escapes
 * it, so that a message such as {@code <script>} shows as text and runs nothing.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(1 << 16);

    /** Escapes text for element content and quoted attribute values. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Appends markup written by this program (never text from outside). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends escaped text. */
    Html text(String s) {
        out.append(escape(s));
        return this;
    }

    /** Appends {@code <tag attrs>escaped text</tag>}. */
    Html element(String tag, String attributes, String content) {
        out.append('<').append(tag).append(attributes.isEmpty() ? "" : " " + attributes).append('>');
        text(content).out.append("</").append(tag).append('>');
        return this;
    }

    /** Appends a table: a header row and rows of escaped cells; numeric columns (given by index) right-aligned. */
    Html table(String cssClass, List<String> header, List<List<String>> rows, int... numericColumns) {
        raw("<table class=\"" + cssClass + "\"><thead><tr>");
        for (int i = 0; i < header.size(); i++) {
            element("th", numeric(i, numericColumns) ? "class=\"num\"" : "", header.get(i));
        }
        raw("</tr></thead><tbody>");
        for (List<String> row : rows) {
            raw("<tr>");
            for (int i = 0; i < row.size(); i++) {
                element("td", numeric(i, numericColumns) ? "class=\"num\"" : "", row.get(i));
            }
            raw("</tr>");
        }
        return raw("</tbody></table>");
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static boolean numeric(int column, int[] numericColumns) {
        for (int c : numericColumns) {
            if (c == column) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
