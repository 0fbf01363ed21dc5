package io.auditlens.cli;

import io.auditlens.event.EventTime;
import io.auditlens.findings.Finding;
import io.auditlens.findings.Findings;
import io.auditlens.findings.RuleResult;
import io.auditlens.findings.WorkingHours;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;

import java.io.PrintWriter;
import java.util.Locale;

/** Writes {@code findings} as a readable list: rules with findings first, most severe first, each hit's events. */
final class FindingsText {

    /** Hits printed per rule; the JSON output has them all. */
    static final int HITS_SHOWN = 20;

    private FindingsText() {
    }

    /** Writes the findings over {@code events} events, of which {@code store} holds those the findings name. */
    static void write(PrintWriter out, EventStore store, long events, Findings findings, WorkingHours hours) {
        long withHits = findings.results().stream().filter(r -> !r.hits().isEmpty()).count();
        out.printf(Locale.ROOT, "%d findings from %d of %d rules over %d events (working hours %s)%n",
                findings.total(), withHits, findings.results().size(), events, hours.text());
        findings.results().stream().filter(r -> !r.hits().isEmpty())
                .sorted((a, b) -> b.rule().severity().compareTo(a.rule().severity()))
                .forEach(r -> rule(out, store, r));
        StringBuilder quiet = new StringBuilder();
        for (RuleResult r : findings.results()) {
            if (r.hits().isEmpty()) {
                quiet.append(quiet.length() == 0 ? "" : ", ").append(r.rule().id());
            }
        }
        if (quiet.length() > 0) {
            out.println();
            out.println("No findings: " + quiet);
        }
        out.flush();
    }

    private static void rule(PrintWriter out, EventStore store, RuleResult r) {
        out.println();
        out.printf(Locale.ROOT, "%s  %s  %s: %d finding%s%n", r.rule().severity().id().toUpperCase(Locale.ROOT),
                r.rule().id(), r.rule().title(), r.hits().size(), r.hits().size() == 1 ? "" : "s");
        int shown = Math.min(HITS_SHOWN, r.hits().size());
        for (int i = 0; i < shown; i++) {
            Finding f = r.hits().get(i);
            if (f.key() != null || f.eventCount() > 1) {
                out.printf(Locale.ROOT, "  %s%s, %d event%s%n", f.key() == null ? "" : f.key() + ", ",
                        span(f), f.eventCount(), f.eventCount() == 1 ? "" : "s");
            }
            int events = Math.min(f.eventCount(), 5);
            for (int e = 0; e < events; e++) {
                out.println("    " + event(store, f.row(e)));
            }
            if (f.eventCount() > events) {
                out.printf(Locale.ROOT, "    ... and %d more events%n", f.eventCount() - events);
            }
        }
        if (r.hits().size() > shown) {
            out.printf(Locale.ROOT, "  ... and %d more findings (all of them with --json)%n", r.hits().size() - shown);
        }
    }

    private static String span(Finding f) {
        return f.first() == f.last() ? EventTime.format(f.first())
                : EventTime.format(f.first()) + " to " + EventTime.format(f.last());
    }

    /** One event on one line: time, action, outcome, who, from where, on what. */
    private static String event(EventStore store, int row) {
        StringBuilder line = new StringBuilder(EventTime.format(store.time(row)));
        for (EventColumn c : new EventColumn[]{EventColumn.ACTION, EventColumn.OUTCOME, EventColumn.STATUS,
                EventColumn.INITIATOR_NAME, EventColumn.IP, EventColumn.TARGET_NAME}) {
            String v = store.value(c, row);
            if (v != null) {
                line.append("  ").append(c == EventColumn.ACTION ? shortAction(v) : v);
            }
        }
        return line.toString();
    }

    private static String shortAction(String action) {
        return action.startsWith("container-registry.") ? action.substring("container-registry.".length()) : action;
    }
}
