package io.auditlens.evidence;

import io.auditlens.store.EventHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kills a program in the middle of writing a case, again and again: every change it reported saved is still there. */
class CaseWriterKillTest {

    @TempDir
    Path dir;

    @Test
    void killingTheWriterMidWriteLosesNothingItSaved() throws Exception {
        Path file = dir.resolve("killed.alcase");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int saved = -1;
        for (int round = 0; round < 3; round++) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    CaseWriterProcess.class.getName(), file.toString()).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                // Kill at a different point of the write cycle each round.
                int acknowledged = 0;
                String line;
                while (acknowledged < 5 + round * 7 && (line = out.readLine()) != null) {
                    assertTrue(line.startsWith("ok "), line);
                    saved = Math.max(saved, Integer.parseInt(line.substring(3)));
                    acknowledged++;
                }
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
            try (CaseStore store = new CaseStore(file)) {
                CaseState state = store.load();
                assertTrue(state.warning().isEmpty(), state.warning().orElse(""));
                for (int i = 0; i <= saved; i++) {
                    EventEvidence e = state.evidence().of(new EventHash(7, i)).orElseThrow();
                    assertTrue(e.hasLabel("Evidence"));
                    assertTrue(e.note().text().startsWith("note " + i + " "));
                }
            }
        }
        assertTrue(saved >= 5, "the writer saved " + saved);
    }
}
