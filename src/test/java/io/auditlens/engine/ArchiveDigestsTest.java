package io.auditlens.engine;

import io.auditlens.ingest.Loader;
import io.auditlens.query.Facet;
import io.auditlens.query.ScanProgress;
import io.auditlens.query.TimeRange;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;
import io.auditlens.task.CancelSignal;
import io.auditlens.testdata.SampleArchives;
import io.auditlens.timeline.DigestLine;
import io.auditlens.timeline.DigestTimeline;
import io.auditlens.timeline.TimelinePoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a generated IBM Cloud Logs archive, the archive-mode backend's digest list (figures and sparklines) and digest
 * timelines equal the in-memory backend's for the same selections, and a table page is fetched while a statement
 * holds the engine's first connection.
 */
class ArchiveDigestsTest {

    private static final int SLICES = 24;

    @TempDir
    static Path dir;

    private static EventStore store;
    private static EngineSelectionBackend memory;
    private static DuckDbEngine duck;
    private static ArchiveSelectionBackend archive;

    @BeforeAll
    static void build() throws Exception {
        Path root = SampleArchives.generate(dir.resolve("archive"), 1000, 11);
        store = new Loader().load(List.of(root)).store();
        memory = new EngineSelectionBackend(store, new RawEvents(store));
        Path index = dir.resolve("index");
        new ArchiveIndexer().build(root, index, (s, d, t, e) -> { }, CancelSignal.never());
        duck = DuckDbEngine.open(index);
        archive = ArchiveSelectionBackend.over(duck, null, CancelSignal.never());
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    static Stream<SelectionRequest> requests() {
        long mid = (store.time(0) + store.time(store.size() - 1)) / 2;
        return Stream.of(SelectionRequest.ALL,
                SelectionRequest.ALL.withQuery("action:image.pull OR status:fail"),
                SelectionRequest.ALL.withPick(Facet.REGION, "eu-de", true).withQuery("-tag:latest"),
                SelectionRequest.ALL.withRange(new TimeRange(Long.MIN_VALUE, mid)),
                SelectionRequest.ALL.withQuery("outcome:failure"));
    }

    @ParameterizedTest
    @MethodSource("requests")
    void theDigestListEqualsTheInMemoryOne(SelectionRequest request) throws Exception {
        List<DigestLine> expected = memory.digests(memory.evaluate(request, null, CancelSignal.never()), SLICES,
                ScanProgress.NONE, CancelSignal.never());
        List<DigestLine> listed = archive.digests(archive.evaluate(request, null, CancelSignal.never()), SLICES,
                ScanProgress.NONE, CancelSignal.never());
        assertFalse(expected.isEmpty(), "the selection names digests: " + request);
        assertEquals(expected, listed, request.toString());
    }

    @ParameterizedTest
    @MethodSource("requests")
    void digestTimelinesEqualTheInMemoryOnes(SelectionRequest request) throws Exception {
        assertSameTimelines(memory.evaluate(request, null, CancelSignal.never()),
                archive.evaluate(request, null, CancelSignal.never()), false);
    }

    @Test
    void wholeDigestTimelinesEqualTheInMemoryOnes() throws Exception {
        SelectionRequest narrow = SelectionRequest.ALL.withQuery("outcome:failure");
        assertSameTimelines(memory.evaluate(narrow, null, CancelSignal.never()),
                archive.evaluate(narrow, null, CancelSignal.never()), true);
    }

    // The busiest digests of the in-memory answer: their timelines over the answer, or over all their events.
    private static void assertSameTimelines(SelectionResult inMemory, SelectionResult onEngine, boolean whole)
            throws Exception {
        List<DigestLine> digests = memory.digests(inMemory, SLICES, ScanProgress.NONE, CancelSignal.never());
        List<String> busiest = digests.stream().sorted((a, b) -> Long.compare(b.summary().events(),
                a.summary().events())).limit(3).map(l -> l.summary().digest()).toList();
        for (String digest : busiest) {
            DigestEvents expected = memory.digestEvents(digest, whole ? null : inMemory, CancelSignal.never());
            DigestEvents fetched = archive.digestEvents(digest.toUpperCase(java.util.Locale.ROOT),
                    whole ? null : onEngine, CancelSignal.never());
            assertTrue(fetched.isArchived());
            List<String> shown = describe(fetched, digest);
            assertEquals(describe(expected, digest), shown, digest + " " + onEngine.request());
            assertTrue(shown.size() > 3, "events of " + digest);
            for (int row = 0; row < fetched.store().size(); row++) {
                assertEquals(fetched.store().time(row), fetched.archivedRow(row).time(), "the engine's row");
            }
        }
    }

    @Test
    void aPageIsFetchedWhileAStatementHoldsTheFirstConnection() throws Exception {
        SelectionResult answer = archive.evaluate(SelectionRequest.ALL, null, CancelSignal.never());
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        // A statement on the counting connection stops in its first row until released, keeping that connection.
        Thread count = new Thread(() -> {
            try {
                duck.stream("SELECT * FROM range(3)", CancelSignal.never(), row -> {
                    holding.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (IndexException | RuntimeException e) {
                failed.set(e);
            }
        });
        count.start();
        holding.await();
        try {
            // Were pages fetched on that connection, this would wait for the release, which comes after it.
            List<ArchiveRow> page = assertTimeoutPreemptively(Duration.ofMinutes(2),
                    () -> answer.pages().page(0, 50, CancelSignal.never()));
            assertEquals(50, page.size());
            int first = memory.evaluate(SelectionRequest.ALL, null, CancelSignal.never()).rows()[0];
            assertEquals(store.time(first), page.get(0).time());
        } finally {
            release.countDown();
            count.join();
        }
        assertEquals(null, failed.get());
    }

    // Everything a timeline shows, in its order: each event's time, lane and values, and the lifecycle points.
    private static List<String> describe(DigestEvents events, String digest) {
        EventStore s = events.store();
        DigestTimeline tl = DigestTimeline.of(s, digest, events.scope());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tl.size(); i++) {
            int row = tl.row(i);
            out.add(tl.time(i) + " " + tl.lane(i) + " " + s.value(EventColumn.ACTION, row) + " "
                    + s.value(EventColumn.OUTCOME, row) + " " + s.value(EventColumn.STATUS, row) + " "
                    + s.value(EventColumn.TAG, row) + " " + s.value(EventColumn.REGION, row));
        }
        out.add("tags " + tl.tags() + " repositories " + tl.repositories());
        out.add("push " + time(tl.firstPush()) + " pull " + time(tl.lastPull()) + " deleted " + time(tl.deletion()));
        tl.statusChanges().forEach(c -> out.add("status " + c.time() + " " + c.from() + " -> " + c.to()));
        return out;
    }

    private static String time(Optional<TimelinePoint> point) {
        return point.map(p -> Long.toString(p.time())).orElse("-");
    }
}
