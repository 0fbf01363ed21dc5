package io.auditlens.engine;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The few places where DuckDB, Spark SQL and Trino spell the same thing differently: string literals, a substring
 * search, reading a value out of JSON text, integer division and the value on a group's latest row. Everything else the compiler writes is common SQL.
 */
public enum SqlDialect {
    DUCKDB("duckdb"),
    SPARK("spark"),
    TRINO("trino");

    private final String key;

    SqlDialect(String key) {
        this.key = key;
    }

    /** The name used on the command line. */
    public String key() {
        return key;
    }

    /** The dialect with this name, ignoring case. */
    public static Optional<SqlDialect> byKey(String name) {
        for (SqlDialect d : values()) {
            if (d.key.equalsIgnoreCase(name.trim())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** A string literal; Spark reads backslashes in literals as escapes, the others double the quote. */
    public String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (this == SPARK && (c == '\\' || c == '\'')) {
                out.append('\\').append(c);
            } else if (c == '\'') {
                out.append("''");
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    /** Whether {@code haystack} (an expression) contains {@code needle} (a literal), as plain text. */
    String contains(String haystack, String needle) {
        return switch (this) {
            case SPARK -> "instr(" + haystack + ", " + literal(needle) + ") > 0";
            case DUCKDB, TRINO -> "strpos(" + haystack + ", " + literal(needle) + ") > 0";
        };
    }

    /** The text of the scalar at a JSON path of a JSON text expression, null when there is none. */
    String jsonText(String json, List<String> path) {
        String jsonPath = jsonPath(path);
        return switch (this) {
            case DUCKDB -> "json_extract_string(" + json + ", " + jsonPath + ")";
            case SPARK -> "get_json_object(" + json + ", " + jsonPath + ")";
            case TRINO -> "json_extract_scalar(" + json + ", " + jsonPath + ")";
        };
    }

    /** The JSONPath literal for a list of keys; keys other than plain names are quoted the dialect's way. */
    private String jsonPath(List<String> path) {
        StringBuilder out = new StringBuilder("$");
        for (String key : path) {
            if (key.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                out.append('.').append(key);
            } else {
                switch (this) {
                    case DUCKDB -> out.append(".\"").append(key.replace("\"", "\\\"")).append('"');
                    case SPARK -> out.append("['").append(key.replace("'", "\\'")).append("']");
                    case TRINO -> out.append("[\"").append(key.replace("\"", "\\\"")).append("\"]");
                }
            }
        }
        return literal(out.toString());
    }

    /**
     * An aggregate: {@code value} on the row of the group where the columns {@code order} are greatest (compared
     * in that order), among the rows where {@code value} is not null.
     */
    String latest(String value, List<String> order) {
        String key = String.join(", ", order);
        String pick = switch (this) {
            case SPARK -> "max_by(" + value + ", struct(" + key + "))";
            case DUCKDB, TRINO -> "max_by(" + value + ", ROW(" + key + "))";
        };
        return pick + " FILTER (WHERE " + value + " IS NOT NULL)";
    }

    /** The start of the fixed-width bucket holding {@code timeMillis}, for positive times. */
    String bucketStart(String timeMillis, long widthMillis, long originMillis) {
        String shifted = originMillis == 0 ? timeMillis : "(" + timeMillis + " - " + originMillis + ")";
        String div = switch (this) {
            case DUCKDB -> shifted + " // " + widthMillis;
            case SPARK -> shifted + " div " + widthMillis;
            case TRINO -> shifted + " / " + widthMillis;
        };
        return "(" + div + ") * " + widthMillis + (originMillis == 0 ? "" : " + " + originMillis);
    }

    @Override
    public String toString() {
        return key.toLowerCase(Locale.ROOT);
    }
}
