package io.auditlens.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemporaryFoldersTest {

    private static final String STEM = "auditlens-test-";

    @Test
    void foldersOfEndedProcessesGoAndAllOthersStay(@TempDir Path dir) throws Exception {
        Process ended = new ProcessBuilder("java", "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();
        Path stale = Files.createDirectories(dir.resolve(STEM + ended.pid() + "-123").resolve("index/day=x"));
        Files.writeString(stale.resolve("a.parquet"), "rows");
        Path mine = Files.createDirectory(dir.resolve(ProcessOwnedNames.prefixForThisProcess(STEM) + "456"));
        Path olderForm = Files.createDirectory(dir.resolve(STEM + "789"));
        Path otherStem = Files.createDirectory(dir.resolve("auditlens-other-" + ended.pid() + "-1"));
        Path aFile = Files.createFile(dir.resolve(STEM + ended.pid() + "-9.txt"));

        TemporaryFolders.deleteLeftBehind(dir, STEM);

        assertFalse(Files.exists(dir.resolve(STEM + ended.pid() + "-123")), "left by an ended process");
        assertTrue(Files.exists(mine));
        assertTrue(Files.exists(olderForm), "a name without a process id is not ours to judge");
        assertTrue(Files.exists(otherStem));
        assertTrue(Files.exists(aFile), "only folders are swept");
    }

    @Test
    void aNewFolderCarriesThisProcessId() throws Exception {
        Path made = TemporaryFolders.createForThisProcess(STEM);
        try {
            assertTrue(Files.isDirectory(made));
            assertEquals(ProcessHandle.current().pid(),
                    ProcessOwnedNames.ownerOf(made.getFileName().toString(), STEM).orElseThrow());
            assertFalse(ProcessOwnedNames.isLeftBehind(made.getFileName().toString(), STEM));
        } finally {
            TemporaryFolders.deleteQuietly(made);
        }
        assertFalse(Files.exists(made));
    }
}
