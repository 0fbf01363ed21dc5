package io.auditlens.testdata;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The figures and facet tables an audit report's HTML carries, read back to compare with summarize --json. */
public record ReportFigures(Map<String, String> figures, Map<String, Map<String, Long>> facets) {

    private static final Pattern FIGURE = Pattern.compile("data-figure=\"(\\w+)\" data-value=\"([^\"]*)\"");
    private static final Pattern FACET = Pattern.compile("<table class=\"facet\" data-facet=\"(\\w+)\">(.*?)</table>");
    private static final Pattern ROW = Pattern.compile("<tr data-key=\"([^\"]*)\" data-count=\"(\\d+)\">");

    /** The figures of a report. */
    public static ReportFigures of(String html) {
        Map<String, String> figures = new HashMap<>();
        Matcher f = FIGURE.matcher(html);
        while (f.find()) {
            figures.put(f.group(1), f.group(2));
        }
        Map<String, Map<String, Long>> facets = new HashMap<>();
        Matcher t = FACET.matcher(html);
        while (t.find()) {
            Map<String, Long> rows = new HashMap<>();
            Matcher r = ROW.matcher(t.group(2));
            while (r.find()) {
                rows.put(r.group(1), Long.parseLong(r.group(2)));
            }
            facets.put(t.group(1), rows);
        }
        return new ReportFigures(figures, facets);
    }

    /** Asserts that every headline figure and facet row equals the summary's. */
    public void assertEqualTo(JsonNode summary, String context) {
        assertEquals(String.format("%,d", summary.get("events").asLong()), figures.get("events"), context);
        assertEquals(String.format("%,d", summary.get("digests").asLong()), figures.get("digests"), context);
        assertEquals(summary.at("/timeRange/first").asText(), figures.get("first"), context);
        assertEquals(summary.at("/timeRange/last").asText(), figures.get("last"), context);
        for (Iterator<String> it = summary.get("facets").fieldNames(); it.hasNext(); ) {
            String facet = it.next();
            Map<String, Long> expected = new HashMap<>();
            summary.get("facets").get(facet).fields().forEachRemaining(e -> expected.put(e.getKey(),
                    e.getValue().asLong()));
            assertEquals(expected, facets.getOrDefault(facet, Map.of()), context + " " + facet);
        }
    }
}
