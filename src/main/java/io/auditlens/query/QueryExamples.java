package io.auditlens.query;

import java.util.List;

/** Realistic queries for the help popover, each with a line saying what it finds. */
public final class QueryExamples {

    /** One example query and what it finds. */
    public record Example(String query, String meaning) {
    }

    private static final List<Example> ALL = List.of(
            new Example("action:image.pull outcome:failure", "Failed image pulls"),
            new Example("region:eu-de OR region:eu-gb", "Everything in Frankfurt or London"),
            new Example("digest:sha256:9f86d081884c7d65*", "Events about one image digest, by its first characters"),
            new Example("requestData.RequestParameters.signatureMethod:\"Red Hat Signing\"",
                    "Requests that used a given signing method (any dotted JSON path works)"),
            new Example("status:FAIL after:2026-03-01", "Vulnerability checks that failed since 1 March 2026 (UTC)"),
            new Example("-initiator:ana@example.com image.push", "Pushes by anyone except ana@example.com"),
            new Example("category:namespace (delete OR create)", "Namespaces created or deleted"),
            new Example("severity:critical -outcome:success", "Critical events that did not succeed"),
            new Example("namespace:team repo:app* tag:\"\"", "Events in namespace team, repositories starting with app, that name no tag"),
            new Example("after:2026-03-04T08:00 before:2026-03-04T18:00:00+01:00 action:image.delete",
                    "Image deletions during one working day"),
            new Example("label:Evidence", "Events labelled Evidence in the open case"),
            new Example("label:* -label:Benign has:note", "Labelled events with a note, except those labelled Benign"));

    private QueryExamples() {
    }

    /** The examples in the order the help popover shows them. */
    public static List<Example> all() {
        return ALL;
    }
}
