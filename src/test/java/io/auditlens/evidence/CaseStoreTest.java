package io.auditlens.evidence;

import io.auditlens.files.FileReplacement;
import io.auditlens.store.EventHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T12:30:45.123Z"), ZoneOffset.UTC);
    private static final EventHash A = new EventHash(1, 2);
    private static final EventHash B = new EventHash(3, 4);
    private static final EventHash C = new EventHash(-5, 6);

    @TempDir
    Path dir;

    private CaseStore store(Path file) {
        return new CaseStore(file, "ana", CLOCK, FileReplacement.atomicMove());
    }

    @Test
    void labelsNotesAndHistoryComeBackFromTheFileWithWhoAndWhen() throws Exception {
        Path file = dir.resolve("x.alcase");
        try (CaseStore s = store(file)) {
            s.label(List.of(A, B, C), "Evidence");
            s.label(List.of(B), "exfiltration");
            s.note(List.of(A), "pulled twice\nfrom a new IP");
            s.unlabel(List.of(C), "evidence");
        }
        try (CaseStore s = store(file)) {
            CaseState state = s.load();
            Evidence e = state.evidence();
            assertEquals(List.of("Evidence"), labels(e, A));
            assertEquals(List.of("Evidence", "exfiltration"), labels(e, B));
            assertTrue(e.of(C).isEmpty(), "an event with nothing left is not kept");
            EventNote note = e.of(A).orElseThrow().note();
            assertEquals("pulled twice\nfrom a new IP", note.text());
            assertEquals("ana", note.by());
            assertEquals("2026-03-04T12:30:45.123Z", note.at());
            assertEquals("x", state.document().name());
            assertEquals(List.of("label added", "label added", "label added", "label defined", "label added",
                    "note set", "label removed"), state.document().history().stream().map(HistoryEntry::change).toList());
            assertTrue(e.label("EXFILTRATION").isPresent());
            assertTrue(state.warning().isEmpty());
        }
    }

    @Test
    void aSecondWriteKeepsTheFirstAsBackup() throws Exception {
        Path file = dir.resolve("x.alcase");
        try (CaseStore s = store(file)) {
            s.label(List.of(A), "Evidence");
            byte[] first = Files.readAllBytes(file);
            s.label(List.of(B), "Benign");
            assertArrayEquals(first, Files.readAllBytes(dir.resolve("x.alcase.bak")));
        }
    }

    @Test
    void aCorruptCaseIsSetAsideAndRestoredFromItsBackup() throws Exception {
        Path file = dir.resolve("x.alcase");
        try (CaseStore s = store(file)) {
            s.label(List.of(A), "Evidence");
            s.label(List.of(B), "Benign");
        }
        Files.writeString(file, "{\"auditlensCase\": 1, \"events\": [");
        try (CaseStore s = store(file)) {
            CaseState state = s.load();
            String warning = state.warning().orElseThrow();
            assertTrue(warning.startsWith("x.alcase could not be read (broken JSON"), warning);
            assertTrue(warning.contains("set aside as x.alcase.corrupt-20260304T123045Z"), warning);
            assertTrue(warning.contains("restored from x.alcase.bak"), warning);
            assertEquals(List.of("Evidence"), labels(state.evidence(), A));
            assertEquals("{\"auditlensCase\": 1, \"events\": [",
                    Files.readString(dir.resolve("x.alcase.corrupt-20260304T123045Z")));
        }
    }

    @Test
    void aFileThatIsNotACaseIsNeverOverwritten() throws Exception {
        Path file = dir.resolve("x.alcase");
        Files.writeString(file, "[1, 2, 3]");
        try (CaseStore s = store(file)) {
            CaseState state = s.label(List.of(A), "Evidence");
            assertTrue(state.warning().orElseThrow().contains("not an AuditLens case"), state.warning().get());
            assertEquals("[1, 2, 3]", Files.readString(dir.resolve("x.alcase.corrupt-20260304T123045Z")));
            assertEquals(List.of("Evidence"), labels(s.load().evidence(), A));
        }
    }

    @Test
    void aCaseFromALaterVersionIsReadButNotChanged() throws Exception {
        Path file = dir.resolve("x.alcase");
        String later = "{\"auditlensCase\": 9, \"name\": \"later\", \"events\": [{\"event\": \"" + A.hex()
                + "\", \"labels\": [{\"label\": \"Evidence\"}], \"futureField\": 1}]}";
        Files.writeString(file, later);
        try (CaseStore s = store(file)) {
            CaseState state = s.load();
            assertTrue(state.readOnly());
            assertTrue(state.warning().orElseThrow().contains("later version"));
            assertEquals(List.of("Evidence"), labels(state.evidence(), A));
            CaseRefusedException e = assertThrows(CaseRefusedException.class, () -> s.label(List.of(B), "Benign"));
            assertTrue(e.getMessage().contains("update AuditLens"));
        }
        assertEquals(later, Files.readString(file));
    }

    @Test
    void badLabelNamesAndHugeNotesAreRefusedWithAReasonAndChangeNothing() throws Exception {
        Path file = dir.resolve("x.alcase");
        try (CaseStore s = store(file)) {
            s.label(List.of(A), "Evidence");
            byte[] before = Files.readAllBytes(file);
            assertEquals("a label needs a name",
                    assertThrows(CaseRefusedException.class, () -> s.label(List.of(A), "  ")).getMessage());
            assertEquals("a label name has at most 40 characters; this one has 200",
                    assertThrows(CaseRefusedException.class, () -> s.label(List.of(A), "x".repeat(200))).getMessage());
            assertEquals("a note holds at most 100,000 characters; this one has 1,048,576",
                    assertThrows(CaseRefusedException.class,
                            () -> s.note(List.of(A), "n".repeat(1 << 20))).getMessage());
            assertArrayEquals(before, Files.readAllBytes(file));
        }
    }

    @Test
    void twoStoresOnOneCaseWritingAtOnceLoseNothing() throws Exception {
        Path file = dir.resolve("shared.alcase");
        int perWriter = 40;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (CaseStore one = store(file); CaseStore two = store(file)) {
            List<Future<?>> done = new ArrayList<>();
            for (CaseStore s : List.of(one, two)) {
                long side = s == one ? 1 : 2;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        s.label(List.of(new EventHash(side, i)), "Evidence");
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            assertEquals(2 * perWriter, one.load().evidence().size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void saveAsCopiesTheUnsavedCaseWithItsHistoryAndNamesItAfterTheFile() throws Exception {
        try (CaseStore unsaved = new CaseStore(dir.resolve(CaseStore.UNSAVED_NAME), "ana", CLOCK,
                FileReplacement.atomicMove())) {
            unsaved.label(List.of(A), "Follow-up");
            try (CaseStore saved = unsaved.saveAs(dir.resolve("pulls of api.alcase"))) {
                CaseState state = saved.load();
                assertEquals("pulls of api", state.document().name());
                assertEquals(List.of("Follow-up"), labels(state.evidence(), A));
                assertEquals(1, state.document().history().size());
            }
        }
    }

    @Test
    void aCrashBeforeTheMoveLeavesTheLastCaseAndNoTempFile() throws Exception {
        Path file = dir.resolve("x.alcase");
        try (CaseStore s = store(file)) {
            s.label(List.of(A), "Evidence");
        }
        FileReplacement crashing = (source, target) -> {
            throw new IOException("disk full");
        };
        try (CaseStore s = new CaseStore(file, "ana", CLOCK, crashing)) {
            assertThrows(IOException.class, () -> s.label(List.of(B), "Benign"));
        }
        try (CaseStore s = store(file); Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("Evidence"), labels(s.load().evidence(), A));
            assertFalse(left.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void theCaseFileIsReadableJsonKeyedByEventHash() throws Exception {
        Path file = dir.resolve("x.alcase");
        try (CaseStore s = store(file)) {
            s.label(Set.of(A), "Evidence");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"auditlensCase\": 1,\n  \"name\": \"x\""), text);
        assertTrue(text.contains("\"event\": \"" + A.hex() + "\""), text);
    }

    private static List<String> labels(Evidence e, EventHash h) {
        return e.of(h).map(x -> x.labels().stream().map(LabelMark::label).toList()).orElse(List.of());
    }
}
