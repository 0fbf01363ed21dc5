package io.auditlens.ui.findings;

import io.auditlens.engine.ArchiveFindings;
import io.auditlens.engine.ArchiveRow;
import io.auditlens.engine.ArchiveSelectionBackend;
import io.auditlens.engine.IndexException;
import io.auditlens.engine.UnsupportedSelectionException;
import io.auditlens.findings.Findings;
import io.auditlens.findings.Rule;
import io.auditlens.findings.RuleEngine;
import io.auditlens.findings.WorkingHours;
import io.auditlens.query.SelectionEngine;
import io.auditlens.store.EventStore;
import io.auditlens.task.CancelSignal;
import io.auditlens.ui.window.LoadedData;

import java.util.List;

/**
 * What the rules found and the store their rows point into: the loaded events, or in archive mode the events the
 * engine brought into memory for the rules (held until this is closed).
 *
 * @param archive the archive-mode answer; null for loaded events
 */
record FoundEvents(Findings findings, EventStore store, ArchiveFindings.Result archive) implements AutoCloseable {

    /** Nothing found yet. */
    static FoundEvents none() {
        return new FoundEvents(Findings.none(), EventStore.empty(), null);
    }

    /** Runs the rules over the data: on its engine in archive mode, else over the loaded store. */
    static FoundEvents run(LoadedData data, List<Rule> rules, WorkingHours hours, CancelSignal cancel)
            throws IndexException, UnsupportedSelectionException {
        if (data.backend() instanceof ArchiveSelectionBackend engine) {
            ArchiveFindings.Result found = engine.findings(rules, hours, cancel);
            return new FoundEvents(found.findings(), found.events().store(), found);
        }
        Findings findings = new RuleEngine(hours).run(new SelectionEngine(data.store(), data.raw()), rules, cancel);
        return new FoundEvents(findings, data.store(), null);
    }

    /** Whether the rows are events brought from an archive-mode engine rather than rows of the Events table. */
    boolean fromArchive() {
        return archive != null;
    }

    /** An event brought from the archive, as archive mode's detail pane shows events. */
    ArchiveRow archiveRow(int row) throws IndexException {
        return archive.archiveRow(row);
    }

    @Override
    public void close() {
        if (archive != null) {
            archive.close();
        }
    }
}
