package io.auditlens.ui.query;

import java.util.ArrayList;
import java.util.List;

/** Queries the user applied, newest last, browsed with up and down like a shell history. */
final class QueryHistory {

    private static final int LIMIT = 100;

    private final List<String> entries = new ArrayList<>();
    private int cursor;
    private String draft = "";

    /** Records an applied query (blank ones and repeats of the last are skipped) and ends browsing. */
    void add(String query) {
        String q = query.strip();
        if (!q.isEmpty() && (entries.isEmpty() || !entries.get(entries.size() - 1).equals(q))) {
            entries.add(q);
            if (entries.size() > LIMIT) {
                entries.remove(0);
            }
        }
        cursor = entries.size();
    }

    /** The previous query, remembering {@code current} as the draft when browsing starts; null at the oldest. */
    String previous(String current) {
        if (cursor == entries.size()) {
            draft = current;
        }
        if (cursor == 0) {
            return null;
        }
        return entries.get(--cursor);
    }

    /** The next query, or the draft when past the newest; null when not browsing. */
    String next() {
        if (cursor >= entries.size()) {
            return null;
        }
        cursor++;
        return cursor == entries.size() ? draft : entries.get(cursor);
    }

    List<String> entries() {
        return List.copyOf(entries);
    }
}
