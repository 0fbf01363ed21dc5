package io.auditlens.testdata;

import io.auditlens.findings.Finding;
import io.auditlens.findings.Findings;
import io.auditlens.findings.RuleResult;
import io.auditlens.store.EventStore;

import java.util.ArrayList;
import java.util.List;

/** Findings as text to compare across engines: the events by content hash, so stores of other rows compare equal. */
public final class FindingLines {

    private FindingLines() {
    }

    /** Per rule its id, then one line per finding: key, first and last time, and its events' content hashes. */
    public static List<String> of(Findings findings, EventStore store) {
        List<String> out = new ArrayList<>();
        for (RuleResult r : findings.results()) {
            StringBuilder text = new StringBuilder(r.rule().id());
            for (Finding f : r.hits()) {
                text.append('\n').append(f.key()).append(' ').append(f.first()).append(' ').append(f.last());
                for (int i = 0; i < f.eventCount(); i++) {
                    text.append(' ').append(store.hash(f.row(i)).hex());
                }
            }
            out.add(text.toString());
        }
        return out;
    }
}
