package io.auditlens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.auditlens.views.SavedView;
import io.auditlens.views.ViewStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewsCommandTest {

    @TempDir
    Path dir;

    private CliRun run(Path config, String... args) {
        return CliRun.in(Map.of("AUDITLENS_CONFIG_DIR", config.toString()), args);
    }

    private CliRun run(String... args) {
        return run(dir.resolve("config"), args);
    }

    private void save(Path config, SavedView... views) throws Exception {
        try (ViewStore store = new ViewStore(config)) {
            for (SavedView v : views) {
                store.save(v);
            }
        }
    }

    @Test
    void listShowsBuiltInViewsMarkedAndSavedOnesAfterThem() throws Exception {
        save(dir.resolve("config"), SavedView.ofQuery("Dallas pulls", "region:us-south action:image.pull"));
        CliRun r = run("views", "list");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(7, lines.size());
        assertTrue(lines.get(0).matches("Failed pushes and pulls +built-in  outcome:failure \\(action:image.push OR "
                + "action:image.pull\\)"), lines.get(0));
        assertTrue(lines.get(6).matches("Dallas pulls {2,}region:us-south action:image.pull"), lines.get(6));
        assertFalse(lines.get(6).contains("built-in"));
    }

    @Test
    void listJsonGivesEveryFieldOfEveryView() throws Exception {
        save(dir.resolve("config"), SavedView.ofQuery("mine", "outcome:failure"));
        CliRun r = run("views", "list", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode views = new ObjectMapper().readTree(r.out()).get("views");
        assertEquals(7, views.size());
        assertTrue(views.get(0).get("builtIn").asBoolean());
        JsonNode mine = views.get(6);
        assertEquals("mine", mine.get("name").asText());
        assertFalse(mine.get("builtIn").asBoolean());
        assertEquals("outcome:failure", mine.get("query").asText());
        assertTrue(mine.get("picks").isObject());
        assertTrue(mine.get("columns").isArray());
        assertTrue(mine.has("timeRange"));
        assertTrue(mine.has("sort"));
    }

    @Test
    void aCorruptViewsFileGivesOneWarningLineAndTheBuiltInViews() throws Exception {
        Path config = dir.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("views.json"), "{\"auditlensViews\": 1, \"views\": [{]}");
        CliRun r = run("views", "list");
        assertEquals(0, r.exitCode());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("auditlens: warning: views.json could not be read (broken JSON"), r.err());
        assertEquals(6, r.out().lines().count());
        try (Stream<Path> files = Files.list(config)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("views.json.corrupt-")));
        }
    }

    @Test
    void exportThenImportIntoAnotherConfigurationReportsWhatWasAdded() throws Exception {
        save(dir.resolve("config"), SavedView.ofQuery("a", "q1"), SavedView.ofQuery("b", "q2"));
        Path file = dir.resolve("shared.json");
        CliRun export = run("views", "export", "--out", file.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertEquals("exported 2 views to " + file + ": a, b", export.out().strip());

        Path other = dir.resolve("other");
        save(other, SavedView.ofQuery("A", "different"));
        CliRun imported = run(other, "views", "import", file.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals(List.of("added \"a (imported)\" (\"a\" was taken)", "added \"b\"",
                "imported 2 views from " + file), imported.out().lines().toList());

        CliRun again = run(other, "views", "import", file.toString());
        assertEquals(List.of("skipped \"a\" (an identical view exists)", "skipped \"b\" (an identical view exists)",
                "imported 0 views from " + file), again.out().lines().toList());
    }

    @Test
    void exportOfNamedViewsIncludingABuiltInOne() throws Exception {
        save(dir.resolve("config"), SavedView.ofQuery("a", "q1"), SavedView.ofQuery("b", "q2"));
        Path file = dir.resolve("some.json");
        CliRun r = run("views", "export", "--name", "B", "--name", "deletions", "-o", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(1, root.get("auditlensViews").asInt());
        assertEquals("b", root.get("views").get(0).get("name").asText());
        assertEquals("Deletions", root.get("views").get(1).get("name").asText());
    }

    @Test
    void exportOfAnUnknownViewIsAUsageError() throws Exception {
        save(dir.resolve("config"), SavedView.ofQuery("a", "q1"));
        CliRun r = run("views", "export", "--name", "nope", "--out", dir.resolve("x.json").toString());
        assertEquals(2, r.exitCode());
        assertEquals("auditlens: no view named \"nope\" (known: Failed pushes and pulls, Deletions, Signature changes, "
                + "Vulnerability FAIL or WARN, Account setting changes, Namespace changes, a)", r.err().strip());
        assertFalse(Files.exists(dir.resolve("x.json")));
    }

    @Test
    void importOfAMissingOrForeignFileExitsThree() throws Exception {
        CliRun missing = run("views", "import", dir.resolve("missing.json").toString());
        assertEquals(3, missing.exitCode());
        assertEquals("auditlens: " + dir.resolve("missing.json") + ": no such file", missing.err().strip());

        Path events = dir.resolve("events.ndjson");
        Files.writeString(events, "{\"action\":\"container-registry.image.pull\"}\n{\"action\":\"x\"}\n");
        CliRun foreign = run("views", "import", events.toString());
        assertEquals(3, foreign.exitCode());
        assertEquals(1, foreign.err().lines().count());
        assertTrue(foreign.err().contains("broken JSON"), foreign.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("views").exitCode());
        assertEquals(2, run("views", "export").exitCode());
        assertEquals(2, run("views", "import").exitCode());
        assertEquals(2, run("views", "list", "--bogus").exitCode());
    }
}
