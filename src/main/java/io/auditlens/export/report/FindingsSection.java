package io.auditlens.export.report;

import io.auditlens.event.EventTime;
import io.auditlens.findings.Finding;
import io.auditlens.findings.Findings;
import io.auditlens.findings.RuleResult;

import java.util.ArrayList;
import java.util.List;

/** The rules' findings that involve events of the selection: per rule its severity, why it matters, the hits. */
final class FindingsSection {

    private static final int HITS_SHOWN = 8;

    private FindingsSection() {
    }

    static void append(Html html, Findings findings) {
        html.raw("<h2 id=\"findings\">Findings</h2>");
        List<RuleResult> hit = findings.results().stream().filter(r -> !r.hits().isEmpty()).toList();
        if (hit.isEmpty()) {
            html.raw("<p class=\"sub\">No rule found anything among the selected events ("
                    + findings.results().size() + " rules run).</p>");
            return;
        }
        for (RuleResult r : hit) {
            html.raw("<h3><span class=\"sev-" + r.rule().severity().id() + "\">").text(r.rule().severity().id())
                    .raw("</span> ").text(r.rule().title() + " — " + Html.number(r.hits().size()) + " finding(s)")
                    .raw("</h3><p>").text(r.rule().why()).raw("</p>");
            List<List<String>> rows = new ArrayList<>();
            for (Finding f : r.hits().stream().limit(HITS_SHOWN).toList()) {
                rows.add(List.of(f.key() == null ? "(all events)" : f.key(), EventTime.format(f.first()), EventTime.format(f.last()),
                        Html.number(f.eventCount())));
            }
            html.table("findings", List.of("Key", "First", "Last", "Events"), rows, 3);
            if (r.hits().size() > HITS_SHOWN) {
                html.raw("<p class=\"sub\">").text("and " + (r.hits().size() - HITS_SHOWN) + " more").raw("</p>");
            }
        }
    }
}
