package io.auditlens.export.report;

import io.auditlens.event.ActionCatalog;
import io.auditlens.event.EventTime;
import io.auditlens.evidence.EventEvidence;
import io.auditlens.evidence.Label;
import io.auditlens.evidence.LabelMark;
import io.auditlens.evidence.RowEvidence;
import io.auditlens.query.RowSet;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;

import java.util.List;

/** The labelled and annotated events of the selection, with their notes and who set them, in time order. */
final class EvidenceSection {

    private EvidenceSection() {
    }

    static void append(Html html, EventStore store, RowSet selected, RowEvidence evidence) {
        html.raw("<h2 id=\"evidence\">Labelled events and notes</h2>");
        int[] rows = java.util.Arrays.stream(evidence.annotatedRows()).filter(selected::contains)
                .boxed().sorted(java.util.Comparator.comparingLong(store::time)).mapToInt(Integer::intValue).toArray();
        if (rows.length == 0) {
            html.raw("<p class=\"sub\">No event of the selection carries a label or a note.</p>");
        } else {
            // Fixed widths: with automatic layout a long note wraps anywhere and squeezes its column to nothing.
            html.raw("<table class=\"evidence\"><colgroup><col style=\"width:13%\"><col style=\"width:13%\">"
                    + "<col style=\"width:7%\"><col style=\"width:13%\"><col style=\"width:21%\">"
                    + "<col style=\"width:11%\"><col style=\"width:22%\"></colgroup><thead><tr><th>Time (UTC)</th><th>Action</th><th>Outcome</th>"
                    + "<th>Initiator</th><th>Target</th><th>Labels</th><th>Note</th></tr></thead><tbody>");
            for (int row : rows) {
                EventEvidence e = evidence.at(row);
                html.raw("<tr data-event=\"" + store.hash(row).hex() + "\">");
                html.element("td", "", EventTime.format(store.time(row)));
                html.element("td", "", shortAction(store.value(EventColumn.ACTION, row)));
                html.element("td", "", store.value(EventColumn.OUTCOME, row));
                html.element("td", "", store.value(EventColumn.INITIATOR_NAME, row));
                html.element("td", "", store.value(EventColumn.TARGET_NAME, row));
                html.raw("<td>");
                chips(html, evidence, e.labels());
                html.raw("</td><td class=\"note\">");
                if (e.note() != null) {
                    html.text(e.note().text()).raw("<br><span class=\"sub\">").text("— " + e.note().by() + ", "
                            + e.note().at()).raw("</span>");
                }
                html.raw("</td></tr>");
            }
            html.raw("</tbody></table>");
        }
        List<EventEvidence> missing = evidence.notLoaded();
        if (!missing.isEmpty()) {
            html.raw("<p class=\"warn\">").text(missing.size() + " annotated event(s) of the case are not in the "
                    + "loaded data (kept in the case): ").raw("<span class=\"hash\">")
                    .text(String.join(", ", missing.stream().map(EventEvidence::event).limit(20).toList()))
                    .raw("</span></p>");
        }
    }

    private static String shortAction(String action) {
        return action != null && action.startsWith(ActionCatalog.SERVICE_PREFIX)
                ? action.substring(ActionCatalog.SERVICE_PREFIX.length()) : action;
    }

    private static void chips(Html html, RowEvidence evidence, List<LabelMark> marks) {
        for (LabelMark m : marks) {
            String colour = evidence.evidence().label(m.label()).map(Label::colour).orElse("#546e7a");
            // The colour is checked as #rrggbb when a label is defined; a hand-edited case could hold anything.
            String safe = colour.matches("#[0-9a-fA-F]{6}") ? colour : "#546e7a";
            html.raw("<span class=\"label\" style=\"background:" + safe + "\" title=\"")
                    .text(m.by() + ", " + m.at()).raw("\">").text(m.label()).raw("</span>");
        }
    }
}
