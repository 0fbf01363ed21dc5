package io.auditlens.suggest;

import io.auditlens.event.ActionCatalog;
import io.auditlens.query.FacetCounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A facet's values largest first with their lower-case forms computed once, so that each keystroke only compares
 * strings: values starting with what was typed come first, then values containing it. Values are searched for
 * what they contain only when there are at most {@link #SUBSTRING_LIMIT} of them: a substring search of the
 * hundreds of thousands of messages of a million events would take longer than a keystroke may.
 */
final class RankedValues {

    /** The most distinct values searched by substring as well as by prefix. */
    static final int SUBSTRING_LIMIT = 50_000;

    private final List<FacetCounts.Entry> entries;
    private final String[] lower;
    private final String[] shortLower;

    RankedValues(FacetCounts counts) {
        this.entries = counts.entries();
        this.lower = new String[entries.size()];
        this.shortLower = new String[entries.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = entries.get(i).value().toLowerCase(Locale.ROOT);
            String s = shortForm(entries.get(i).value());
            shortLower[i] = s == null ? null : s.toLowerCase(Locale.ROOT);
        }
    }

    /** The short form a query accepts for an action ({@code image.pull}), or null when the value has none. */
    static String shortForm(String value) {
        return value.startsWith(ActionCatalog.SERVICE_PREFIX) && value.length() > ActionCatalog.SERVICE_PREFIX.length()
                ? value.substring(ActionCatalog.SERVICE_PREFIX.length()) : null;
    }

    /** Up to {@code limit} entries matching {@code typed} (ignoring case): prefixes first, then substrings. */
    List<FacetCounts.Entry> matching(String typed, int limit) {
        String needle = typed.toLowerCase(Locale.ROOT);
        List<FacetCounts.Entry> prefix = new ArrayList<>();
        List<FacetCounts.Entry> inside = new ArrayList<>();
        int insideLimit = lower.length <= SUBSTRING_LIMIT ? limit : 0;
        for (int i = 0; i < lower.length && prefix.size() < limit; i++) {
            String s = shortLower[i];
            if (lower[i].startsWith(needle) || (s != null && s.startsWith(needle))) {
                prefix.add(entries.get(i));
            } else if (inside.size() < insideLimit && lower[i].contains(needle)) {
                inside.add(entries.get(i));
            }
        }
        for (int i = 0; i < inside.size() && prefix.size() < limit; i++) {
            prefix.add(inside.get(i));
        }
        return prefix;
    }
}
