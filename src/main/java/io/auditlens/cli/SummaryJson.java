package io.auditlens.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.auditlens.event.EventTime;
import io.auditlens.ingest.FileReport;
import io.auditlens.ingest.LineError;
import io.auditlens.ingest.LoadResult;
import io.auditlens.query.FacetCounts;
import io.auditlens.query.Summary;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Writes the {@code summarize --json} object exactly as the design's schema lays it out. */
final class SummaryJson {

    private SummaryJson() {
    }

    /** The object with the schema's facets, then {@code extra} facets (from {@code --facet}) in their order. */
    static void write(Writer out, LoadResult load, Summary summary, Map<String, FacetCounts> extra)
            throws IOException {
        JsonOutput.write(out, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("files");
            for (FileReport f : load.files()) {
                writeFile(g, f);
            }
            g.writeEndArray();
            g.writeNumberField("events", summary.events());
            g.writeNumberField("rejected", load.rejected());
            g.writeNumberField("duplicates", load.duplicates());
            g.writeNumberField("digests", summary.digests());
            g.writeObjectFieldStart("timeRange");
            if (summary.hasTimeRange()) {
                g.writeStringField("first", EventTime.format(summary.firstTime()));
                g.writeStringField("last", EventTime.format(summary.lastTime()));
            } else {
                g.writeNullField("first");
                g.writeNullField("last");
            }
            g.writeEndObject();
            g.writeObjectFieldStart("facets");
            for (String facet : Summary.FACETS) {
                writeCounts(g, facet, summary.facets().get(facet));
            }
            for (Map.Entry<String, FacetCounts> facet : extra.entrySet()) {
                writeCounts(g, facet.getKey(), facet.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private static void writeCounts(JsonGenerator g, String facet, FacetCounts counts) throws IOException {
        g.writeObjectFieldStart(facet);
        for (FacetCounts.Entry e : counts.entries()) {
            g.writeNumberField(e.value(), e.count());
        }
        g.writeEndObject();
    }

    private static void writeFile(JsonGenerator g, FileReport f) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", f.path());
        g.writeStringField("sha256", f.sha256());
        g.writeNumberField("bytes", f.bytes());
        g.writeStringField("format", f.format());
        g.writeNumberField("events", f.events());
        g.writeNumberField("rejected", f.rejected());
        g.writeNumberField("duplicates", f.duplicates());
        g.writeArrayFieldStart("errors");
        for (LineError e : f.errors()) {
            g.writeStartObject();
            g.writeNumberField("line", e.line());
            g.writeStringField("message", e.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
