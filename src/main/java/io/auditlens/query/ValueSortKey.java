package io.auditlens.query;

/**
 * How the table sorts text, as a key made once per distinct value: whole numbers first and by value (so reason 50
 * comes before 403), then text ignoring case, then the exact spelling to break ties.
 */
record ValueSortKey(boolean numeric, long number, String lower, String text) implements Comparable<ValueSortKey> {

    static ValueSortKey of(String text) {
        boolean numeric = isNumber(text);
        return new ValueSortKey(numeric, numeric ? Long.parseLong(text) : 0, TextComparison.lower(text), text);
    }

    @Override
    public int compareTo(ValueSortKey o) {
        if (numeric != o.numeric) {
            return numeric ? -1 : 1;
        }
        if (numeric && number != o.number) {
            return Long.compare(number, o.number);
        }
        int ignoringCase = lower.compareTo(o.lower);
        return ignoringCase != 0 ? ignoringCase : text.compareTo(o.text);
    }

    private static boolean isNumber(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        if (s.length() == start || s.length() - start > 18) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
