package io.auditlens.findings;

import io.auditlens.ingest.LoadResult;
import io.auditlens.query.SelectionEngine;
import io.auditlens.store.EventStore;
import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made export for rule tests: events named by their message, loaded through the real loader, and the
 * findings of a rule written as {@code key: name, name} so a test can state exactly what must be found.
 */
final class RuleFixture {

    static final String DIGEST_A = "sha256:" + "a".repeat(64);
    static final String DIGEST_B = "sha256:" + "b".repeat(64);

    private final List<EventJson> events = new ArrayList<>();

    /** Adds an event whose message is its name in the findings. */
    EventJson add(String name, String time, String action) {
        EventJson e = EventJson.at(time.length() == 16 ? time + ":00.000Z" : time, action).message(name);
        events.add(e);
        return e;
    }

    /** The findings of a built-in rule over the events, one line per finding. */
    List<String> hits(Path dir, String ruleId) throws IOException {
        return hits(dir, RuleCatalog.builtIn().find(ruleId).orElseThrow(), WorkingHours.DEFAULT);
    }

    /** The findings of a rule, one line per finding: {@code key: name, name} ({@code -} for no key). */
    List<String> hits(Path dir, Rule rule, WorkingHours hours) throws IOException {
        LoadResult load = TestInputs.loadEvents(dir, events);
        EventStore store = load.store();
        Findings findings = new RuleEngine(hours).run(new SelectionEngine(store), List.of(rule));
        List<String> out = new ArrayList<>();
        for (Finding f : findings.results().get(0).hits()) {
            StringBuilder line = new StringBuilder(f.key() == null ? "-" : f.key()).append(':');
            for (int i = 0; i < f.eventCount(); i++) {
                line.append(i == 0 ? " " : ", ").append(store.value(io.auditlens.store.EventColumn.MESSAGE, f.row(i)));
            }
            out.add(line.toString());
        }
        return out;
    }

    /** An image target of a repository in us.icr.io with a tag, naming the digest. */
    static String image(String namespaceAndRepo, String tag) {
        return "us.icr.io/" + namespaceAndRepo + ":" + tag;
    }
}
