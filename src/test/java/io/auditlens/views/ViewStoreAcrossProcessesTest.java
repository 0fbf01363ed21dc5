package io.auditlens.views;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ViewStoreAcrossProcessesTest {

    @TempDir
    Path dir;

    @Test
    void twoRunningCopiesSavingAtOnceLoseNoView() throws Exception {
        int count = 40;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                SavingProcess.class.getName(), dir.toString(), "other", Integer.toString(count)))
                .redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("ready", lines.readLine());
            try (ViewStore store = new ViewStore(dir)) {
                for (int i = 0; i < count; i++) {
                    store.save(SavedView.ofQuery("this " + i, "q"));
                }
                int exit = other.waitFor();
                assertEquals(0, exit, () -> "the other process failed: " + String.join("\n", lines.lines().toList()));
                Set<String> expected = new HashSet<>();
                for (int i = 0; i < count; i++) {
                    expected.add("this " + i);
                    expected.add("other " + i);
                }
                Set<String> saved = new HashSet<>();
                store.load().saved().forEach(v -> saved.add(v.name()));
                assertEquals(expected, saved);
            }
        } finally {
            other.destroy();
        }
    }
}
