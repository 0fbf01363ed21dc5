package io.auditlens.cli;

import io.auditlens.evidence.CaseState;
import io.auditlens.evidence.CaseStore;
import io.auditlens.evidence.RowEvidence;
import io.auditlens.ingest.Loader;
import io.auditlens.store.EventHash;
import io.auditlens.store.EventStore;
import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelCommandTest {

    @TempDir
    Path dir;

    @Test
    void labelsNotesAndUnlabelsTheSelectedEventsInACaseThatRecordsItsInputs() throws Exception {
        Path input = TestInputs.ndjson(dir, "e.ndjson", List.of(
                EventJson.at("2026-03-04T10:00:00Z", "image.pull").outcome("failure").json(),
                EventJson.at("2026-03-04T11:00:00Z", "image.pull").outcome("success").json(),
                EventJson.at("2026-03-04T12:00:00Z", "image.push").outcome("failure").json()));
        Path caseFile = dir.resolve("c.alcase");
        CliRun added = CliRun.of("label", "--into", caseFile.toString(), "--add", "Evidence", "--query",
                "outcome:failure", input.toString());
        assertEquals(0, added.exitCode(), added.err());
        assertEquals("labelled 2 events in " + caseFile + " (2 annotated events in the case)", added.out().strip());
        assertEquals(0, CliRun.of("label", "--into", caseFile.toString(), "--note", "checked with ops", "--query",
                "image.push", input.toString()).exitCode());
        assertEquals(0, CliRun.of("label", "--into", caseFile.toString(), "--add", "evidence", "--remove",
                "--query", "image.pull", input.toString()).exitCode());

        EventStore store = new Loader().load(List.of(input)).store();
        try (CaseStore c = new CaseStore(caseFile)) {
            c.label(List.of(new EventHash(1, 1)), "Follow-up"); // an event of another export
            CaseState state = c.load();
            RowEvidence rows = state.evidence().onRows(store);
            assertEquals(List.of(), rows.labels(0));
            assertEquals(List.of("Evidence"), rows.labels(2));
            assertEquals("checked with ops", rows.note(2));
            assertEquals(1, rows.notLoaded().size(), "kept in the case though not in the loaded data");
            assertEquals(input.toString(), state.document().inputs().get(0).path());
            assertEquals(64, state.document().inputs().get(0).sha256().length());
        }

        CliRun tooLong = CliRun.of("label", "--into", caseFile.toString(), "--add", "x".repeat(200),
                input.toString());
        assertEquals(2, tooLong.exitCode());
        assertTrue(tooLong.err().contains("at most 40 characters; this one has 200"), tooLong.err());
        assertTrue(Files.readString(caseFile).contains("checked with ops"), "nothing was lost");
    }
}
