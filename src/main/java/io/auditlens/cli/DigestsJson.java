package io.auditlens.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.auditlens.event.EventTime;
import io.auditlens.timeline.DigestList;
import io.auditlens.timeline.DigestSummary;

import java.io.IOException;
import java.io.Writer;

/** Writes {@code digests --json}: one object with the digest list, as docs/cli-json.md documents it. */
final class DigestsJson {

    private DigestsJson() {
    }

    static void write(Writer out, DigestList list) throws IOException {
        JsonOutput.write(out, g -> {
            g.writeStartObject();
            g.writeNumberField("count", list.size());
            g.writeArrayFieldStart("digests");
            for (DigestSummary d : list.digests()) {
                g.writeStartObject();
                g.writeStringField("digest", d.digest());
                g.writeStringField("repository", d.repository());
                JsonOutput.writeStrings(g, "tags", d.tags());
                g.writeNumberField("events", d.events());
                g.writeStringField("firstSeen", EventTime.format(d.firstSeen()));
                g.writeStringField("lastSeen", EventTime.format(d.lastSeen()));
                JsonOutput.writeStrings(g, "regions", d.regions());
                g.writeStringField("lastStatus", d.lastStatus());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }
}
