package io.auditlens.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaleSpoolsTest {

    @Test
    void copiesOfEndedProcessesGoAndAllOthersStay(@TempDir Path dir) throws Exception {
        Process ended = new ProcessBuilder("java", "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();
        Path stale = Files.createFile(dir.resolve("auditlens-" + ended.pid() + "-123.raw"));
        Path mine = Files.createFile(dir.resolve(StaleSpools.prefixForThisProcess() + "456.raw"));
        Path olderForm = Files.createFile(dir.resolve("auditlens-789.raw"));
        Path other = Files.createFile(dir.resolve("notes-" + ended.pid() + "-1.raw"));

        StaleSpools.sweep(java.util.List.of(dir, dir.resolve("missing")));

        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(mine));
        assertTrue(Files.exists(olderForm), "a name without a process id is not ours to judge");
        assertTrue(Files.exists(other));
    }

    @Test
    void readsTheOwnerFromTheName() {
        assertEquals(Optional.of(4242L), StaleSpools.ownerOf("auditlens-4242-99812.raw"));
        assertEquals(Optional.empty(), StaleSpools.ownerOf("auditlens-99812.raw"));
        assertEquals(Optional.empty(), StaleSpools.ownerOf("auditlens-x-1.raw"));
    }

    @Test
    void aSpoolIsNamedAfterThisProcess() throws Exception {
        try (RawSpool spool = RawSpool.create(1, SpoolLimits.DEFAULT)) {
            String name = spool.path().getFileName().toString();
            assertTrue(name.startsWith(StaleSpools.prefixForThisProcess()), name);
            Files.deleteIfExists(spool.path());
        }
    }
}
