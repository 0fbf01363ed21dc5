package io.auditlens.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.auditlens.event.EventTime;
import io.auditlens.findings.Finding;
import io.auditlens.findings.Findings;
import io.auditlens.findings.RuleResult;
import io.auditlens.store.EventStore;

import java.io.IOException;
import java.io.PrintWriter;

/** Writes {@code findings --json}: every rule that ran with its hits, as docs/cli-json.md describes. */
final class FindingsJson {

    private FindingsJson() {
    }

    static void write(PrintWriter out, EventStore store, Findings findings) throws IOException {
        JsonOutput.write(out, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("rules");
            for (RuleResult r : findings.results()) {
                g.writeStartObject();
                g.writeStringField("id", r.rule().id());
                g.writeStringField("title", r.rule().title());
                g.writeStringField("severity", r.rule().severity().id());
                g.writeArrayFieldStart("hits");
                for (Finding f : r.hits()) {
                    hit(g, store, f);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void hit(JsonGenerator g, EventStore store, Finding f) throws IOException {
        g.writeStartObject();
        if (f.key() == null) {
            g.writeNullField("key");
        } else {
            g.writeStringField("key", f.key());
        }
        g.writeStringField("first", EventTime.format(f.first()));
        g.writeStringField("last", EventTime.format(f.last()));
        g.writeArrayFieldStart("events");
        for (int i = 0; i < f.eventCount(); i++) {
            int row = f.row(i);
            g.writeStartObject();
            g.writeStringField("time", EventTime.format(store.time(row)));
            g.writeStringField("hash", store.hash(row).hex());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
