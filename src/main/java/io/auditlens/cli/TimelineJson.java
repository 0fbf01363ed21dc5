package io.auditlens.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.auditlens.event.EventTime;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.timeline.DigestTimeline;
import io.auditlens.timeline.StatusChange;
import io.auditlens.timeline.TimelineLane;
import io.auditlens.timeline.TimelinePoint;

import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/** Writes {@code timeline --json}: one object describing a digest's life, as docs/cli-json.md documents it. */
final class TimelineJson {

    private TimelineJson() {
    }

    static void write(Writer out, EventStore store, DigestTimeline tl) throws IOException {
        JsonOutput.write(out, g -> {
            g.writeStartObject();
            g.writeStringField("digest", tl.digest());
            g.writeNumberField("events", tl.size());
            g.writeStringField("firstSeen", tl.isEmpty() ? null : EventTime.format(tl.firstSeen()));
            g.writeStringField("lastSeen", tl.isEmpty() ? null : EventTime.format(tl.lastSeen()));
            JsonOutput.writeStrings(g, "repositories", tl.repositories());
            JsonOutput.writeStrings(g, "tags", tl.tags());
            writePoint(g, "firstPush", tl.firstPush(), store);
            writePoint(g, "lastPull", tl.lastPull(), store);
            writePoint(g, "deletion", tl.deletion(), store);
            g.writeArrayFieldStart("statusChanges");
            for (StatusChange c : tl.statusChanges()) {
                g.writeStartObject();
                g.writeStringField("time", EventTime.format(c.time()));
                g.writeStringField("from", c.from());
                g.writeStringField("to", c.to());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("lanes");
            for (TimelineLane lane : TimelineLane.values()) {
                g.writeNumberField(lane.key(), tl.count(lane));
            }
            g.writeEndObject();
            g.writeArrayFieldStart("timeline");
            for (int i = 0; i < tl.size(); i++) {
                writeEvent(g, store, tl.row(i), tl.lane(i));
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void writePoint(JsonGenerator g, String name, Optional<TimelinePoint> point, EventStore store)
            throws IOException {
        g.writeFieldName(name);
        if (point.isEmpty()) {
            g.writeNull();
            return;
        }
        int row = point.get().row();
        writeEvent(g, store, row, TimelineLane.of(store.value(EventColumn.ACTION, row)));
    }

    private static void writeEvent(JsonGenerator g, EventStore store, int row, TimelineLane lane) throws IOException {
        g.writeStartObject();
        g.writeStringField("time", EventTime.format(store.time(row)));
        g.writeStringField("lane", lane.key());
        g.writeStringField("action", store.value(EventColumn.ACTION, row));
        g.writeStringField("outcome", store.value(EventColumn.OUTCOME, row));
        g.writeStringField("tag", store.value(EventColumn.TAG, row));
        g.writeStringField("status", store.value(EventColumn.STATUS, row));
        g.writeStringField("initiator", store.value(EventColumn.INITIATOR_NAME, row));
        g.writeStringField("region", store.value(EventColumn.REGION, row));
        g.writeStringField("correlationId", store.correlationId(row));
        g.writeEndObject();
    }
}
