package io.auditlens.query;

import io.auditlens.task.CancelSignal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.auditlens.store.EventColumn;
import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

class JsonPathTermTest {

    @TempDir
    Path dir;

    private Path file;
    private SelectionEngine engine;

    @BeforeEach
    void load() throws Exception {
        List<String> lines = List.of(
                EventJson.at("2026-03-04T10:00:00Z", "signature.write").message("signed-object").outcome("success")
                        .requestParameter("signatureMethod", "Red Hat Signing").requestParameter("repository", "a/b")
                        .json(),
                EventJson.at("2026-03-04T11:00:00Z", "signature.read").message("signed-string").outcome("failure")
                        .requestDataString("{\"RequestParameters\": {\"signatureMethod\": \"red hat signing\"}}")
                        .json(),
                EventJson.at("2026-03-04T12:00:00Z", "image-vulnerability-status.read").message("status-string")
                        .outcome("success").statusInString("FAIL").reasonCode(403).json(),
                EventJson.at("2026-03-04T13:00:00Z", "image.pull").message("array").outcome("success")
                        .member("labels", "[{\"name\": \"tier\", \"value\": \"gold\"}, {\"name\": \"zone\"}]")
                        .member("requestData", "\"not json at all\"").json(),
                TestInputs.logDnaRecord(EventJson.at("2026-03-04T14:00:00Z", "signature.delete").message("wrapped")
                        .outcome("success").requestParameter("signatureMethod", "GPG").json()));
        file = TestInputs.ndjson(dir, "events.ndjson", lines);
        engine = new SelectionEngine(TestInputs.load(file).store());
    }

    private Set<String> matches(String query) throws QuerySyntaxException {
        SelectionResult r = engine.evaluate(Selection.of(query));
        Set<String> out = new TreeSet<>();
        for (int row = r.rows().next(0); row >= 0; row = r.rows().next(row + 1)) {
            out.add(engine.store().value(EventColumn.MESSAGE, row));
        }
        return out;
    }

    private static Set<String> set(String... names) {
        return new TreeSet<>(List.of(names));
    }

    @Test
    void pathsReadObjectsAndStringsHoldingJsonIgnoringValueCase() throws Exception {
        assertEquals(set("signed-object", "signed-string"),
                matches("requestData.RequestParameters.signatureMethod:\"Red Hat Signing\""));
        assertEquals(set("signed-object", "signed-string"),
                matches("requestData.RequestParameters.signatureMethod:red*"));
        assertEquals(set("status-string"), matches("responseData.status:fail"));
    }

    @Test
    void numbersAndArraysAndWrappedEvents() throws Exception {
        assertEquals(set("status-string"), matches("reason.reasonCode:403"));
        assertEquals(set("array"), matches("labels.value:GOLD"));
        assertEquals(set("array"), matches("labels.name:zone"));
        assertEquals(set("wrapped"), matches("requestData.RequestParameters.signatureMethod:gpg"));
    }

    @Test
    void aPathNoEventHasMatchesNothingAndIsNoError() throws Exception {
        assertEquals(set(), matches("no.such.path:anything"));
        assertEquals(set(), matches("requestData.notThere:x"));
    }

    @Test
    void emptyMatchesEventsWithoutAValue() throws Exception {
        assertEquals(set("status-string", "array"), matches("requestData.RequestParameters:\"\""));
        assertEquals(5, matches("no.such.path:\"\"").size());
    }

    @Test
    void pathTermsCombineWithOtherTerms() throws Exception {
        assertEquals(set("signed-object"),
                matches("outcome:success requestData.RequestParameters.signatureMethod:\"red hat signing\""));
        assertEquals(set("signed-string", "status-string", "array", "wrapped"),
                matches("-requestData.RequestParameters.repository:a/b"));
        assertEquals(set("signed-object", "array"),
                matches("requestData.RequestParameters.repository:a/b OR labels.value:gold"));
    }

    @Test
    void onlyRowsTheOtherTermsAllowAreReadAndNoneTwice() throws Exception {
        AtomicLong lastTotal = new AtomicLong(-1);
        AtomicLong calls = new AtomicLong();
        ScanProgress progress = (done, total) -> {
            calls.incrementAndGet();
            lastTotal.set(total);
        };
        Selection s = Selection.of("outcome:success responseData.status:fail");
        assertEquals(1, engine.evaluate(s, progress, CancelSignal.never()).count());
        assertEquals(4, lastTotal.get());
        calls.set(0);
        assertEquals(1, engine.evaluate(s, progress, CancelSignal.never()).count());
        assertEquals(0, calls.get());
        // Widening reads only the row not seen before.
        assertEquals(1, engine.evaluate(Selection.of("responseData.status:fail"), progress, CancelSignal.never()).count());
        assertEquals(1, lastTotal.get());
    }

    @Test
    void facetPicksLimitTheRowsRead() throws Exception {
        AtomicLong lastTotal = new AtomicLong(-1);
        Selection s = Selection.of("responseData.status:fail").withPicks(Facet.OUTCOME, Set.of("failure"))
                .withPicks(Facet.ACTION, Set.of("container-registry.signature.write"));
        SelectionResult r = engine.evaluate(s, (done, total) -> lastTotal.set(total), CancelSignal.never());
        assertEquals(0, r.count());
        // Rows failing both picks cannot show in any count: only the failure and the signature write are read.
        assertEquals(2, lastTotal.get());
    }

    @Test
    void aCancelledScanStops() throws Exception {
        CancelSignal cancel = new CancelSignal();
        cancel.cancel();
        Selection s = Selection.of("responseData.status:fail");
        assertThrows(CancellationException.class, () -> engine.evaluate(s, ScanProgress.NONE, cancel));
        assertEquals(1, engine.evaluate(s).count());
    }

    @Test
    void aChangedFileStopsTheScanWithItsReason() throws Exception {
        Files.writeString(file, "changed");
        EventTextUnavailableException e = assertThrows(EventTextUnavailableException.class,
                () -> engine.evaluate(Selection.of("responseData.status:fail")));
        assertTrue(e.getMessage().contains("changed since it was loaded"), e.getMessage());
    }
}
