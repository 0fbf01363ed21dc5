package io.auditlens.export.report;

import io.auditlens.event.ActionCatalog;
import io.auditlens.event.Region;
import io.auditlens.event.Regions;
import io.auditlens.query.Facet;
import io.auditlens.query.FacetCounts;
import io.auditlens.query.SelectionResult;
import io.auditlens.query.Summary;

import io.auditlens.event.EventTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The headline figures and facet tables. Every number comes from the same {@link Summary} that
 * {@code summarize --json} prints; each figure and facet row carries its key and count as data attributes so that
 * a test (or a reader's script) can compare them.
 */
final class FiguresSection {

    private static final int TOP_INITIATORS = 10;

    private FiguresSection() {
    }

    static void append(Html html, SelectionResult result, Summary s) {
        html.raw("<h2 id=\"figures\">Headline figures</h2><div class=\"figures\">");
        figure(html, "events", Html.number(s.events()), "events selected");
        figure(html, "digests", Html.number(s.digests()), "image digests");
        figure(html, "first", s.hasTimeRange() ? EventTime.format(s.firstTime()) : "–", "first event");
        figure(html, "last", s.hasTimeRange() ? EventTime.format(s.lastTime()) : "–", "last event");
        html.raw("</div>");
        html.raw("<h2 id=\"facets\">Breakdown</h2><div class=\"facets\">");
        FacetCounts regions = s.facets().get("region");
        List<FacetCounts.Entry> byGeography = new ArrayList<>(regions.entries());
        byGeography.sort(Comparator.comparing((FacetCounts.Entry e) -> Regions.byCode(e.value()).geography().ordinal())
                .thenComparing(e -> -e.count()));
        facet(html, "Regions by geography", "region", byGeography, e -> {
            Region region = Regions.byCode(e.value());
            return List.of(region.geography().label(), region.displayName());
        }, List.of("Geography", "Region"));
        List<FacetCounts.Entry> actions = new ArrayList<>(s.facets().get("action").entries());
        actions.sort(Comparator.comparing((FacetCounts.Entry e) -> ActionCatalog.categoryOf(e.value()).ordinal())
                .thenComparing(e -> -e.count()));
        String[] lastCategory = {null};
        facet(html, "Actions by category", "action", actions, e -> {
            // The category names its group once, on the group's first row.
            String category = ActionCatalog.categoryOf(e.value()).label();
            String shown = category.equals(lastCategory[0]) ? "" : category;
            lastCategory[0] = category;
            String name = e.value().startsWith(ActionCatalog.SERVICE_PREFIX)
                    ? e.value().substring(ActionCatalog.SERVICE_PREFIX.length()) : e.value();
            return List.of(shown, name);
        }, List.of("Category", "Action"));
        for (String key : List.of("category", "outcome", "severity", "status")) {
            facet(html, title(key), key, s.facets().get(key).entries(), e -> List.of(e.value()), List.of(title(key)));
        }
        List<FacetCounts.Entry> initiators = result.facet(Facet.INITIATOR).entries().stream()
                .sorted(Comparator.comparingLong(FacetCounts.Entry::count).reversed()).limit(TOP_INITIATORS).toList();
        facet(html, "Top initiators", "initiator", initiators, e -> List.of(e.value()), List.of("Initiator"));
        html.raw("</div>");
    }

    private static void figure(Html html, String key, String value, String caption) {
        String kind = value.length() > 12 ? "figure time" : "figure";
        html.raw("<div class=\"" + kind + "\" data-figure=\"" + key + "\" data-value=\"").text(value).raw("\"><b>")
                .text(value).raw("</b><span>").text(caption).raw("</span></div>");
    }

    private interface Cells {
        List<String> of(FacetCounts.Entry e);
    }

    private static void facet(Html html, String title, String key, List<FacetCounts.Entry> entries, Cells cells,
                              List<String> header) {
        html.raw("<div><h3>").text(title).raw("</h3>");
        if (entries.isEmpty()) {
            html.raw("<p class=\"sub\">No values.</p></div>");
            return;
        }
        html.raw("<table class=\"facet\" data-facet=\"" + key + "\"><thead><tr>");
        header.forEach(h -> html.element("th", "", h));
        html.raw("<th class=\"num\">Events</th></tr></thead><tbody>");
        for (FacetCounts.Entry e : entries) {
            html.raw("<tr data-key=\"").text(e.value()).raw("\" data-count=\"" + e.count() + "\">");
            cells.of(e).forEach(c -> html.element("td", "", c));
            html.element("td", "class=\"num\"", Html.number(e.count())).raw("</tr>");
        }
        html.raw("</tbody></table></div>");
    }

    private static String title(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
