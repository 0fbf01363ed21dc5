package io.auditlens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.auditlens.event.EventTime;
import io.auditlens.testdata.RandomAuditData;
import io.auditlens.views.BuiltInViews;
import io.auditlens.views.SavedView;
import io.auditlens.views.ViewSort;
import io.auditlens.views.ViewStore;
import io.auditlens.views.ViewTimeRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --view NAME} on the commands that select events: the view's selection, combined with {@code --query}. */
class ViewOptionTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long DAY = 86_400_000L;

    @TempDir
    static Path dir;

    private static String[] inputs;

    @BeforeAll
    static void write() throws Exception {
        new RandomAuditData(7).load(dir, 600);
        inputs = new String[] {dir.resolve("plain.ndjson").toString(), dir.resolve("wrapped.gz").toString()};
        try (ViewStore store = new ViewStore(dir.resolve("config"))) {
            store.save(new SavedView("Europe failures in week two", "action:image.*",
                    Map.of("region", Set.of("eu-de", "eu-gb"), "outcome", Set.of("failure")),
                    new ViewTimeRange(RandomAuditData.START + 7 * DAY, RandomAuditData.START + 14 * DAY),
                    List.of("time", "region"), new ViewSort("time", true)));
            store.save(SavedView.ofQuery("Broken", "action:(image.pull"));
        }
    }

    private static CliRun run(Path config, String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of(inputs)).toArray(String[]::new);
        return CliRun.in(Map.of("AUDITLENS_CONFIG_DIR", config.toString()), all);
    }

    private static CliRun run(String... args) {
        return run(dir.resolve("config"), args);
    }

    @Test
    void aBuiltInViewSelectsWhatItsQuerySelects() {
        for (SavedView view : BuiltInViews.all()) {
            for (String[] command : List.of(new String[] {"summarize", "--json"}, new String[] {"digests", "--json"},
                    new String[] {"query", "--format", "ndjson"})) {
                CliRun byView = run(concat(command, "--view", view.name().toLowerCase()));
                CliRun byQuery = run(concat(concat(command, "--query", view.query()), inViewOrder(command[0], view)));
                assertEquals(0, byView.exitCode(), byView.err());
                assertEquals("", byView.err());
                assertEquals(byQuery.out(), byView.out(), view.name() + " " + command[0]);
            }
        }
    }

    /** The options that print {@code query} output in a view's order, as {@code --view} does. */
    private static String[] inViewOrder(String command, SavedView view) {
        if (!command.equals("query") || view.sort() == null) {
            return new String[0];
        }
        return view.sort().descending() ? new String[] {"--sort", view.sort().column(), "--desc"}
                : new String[] {"--sort", view.sort().column()};
    }

    @Test
    void someBuiltInViewsFindEventsInTheRandomData() throws Exception {
        JsonNode failed = MAPPER.readTree(run("summarize", "--json", "--view", "Failed pushes and pulls").out());
        assertTrue(failed.get("events").asInt() > 0);
        JsonNode all = MAPPER.readTree(run("summarize", "--json").out());
        assertTrue(failed.get("events").asInt() < all.get("events").asInt());
    }

    @Test
    void picksAndTimeRangeApplyAndTheQueryIsCombinedWithQueryOption() {
        CliRun rows = run("query", "--format", "csv", "--fields", "time,region,outcome,action,initiator", "--view",
                "europe failures in week two", "--query", "-initiator:bob");
        assertEquals(0, rows.exitCode(), rows.err());
        List<String> lines = rows.out().lines().skip(1).toList();
        assertTrue(lines.size() > 0, rows.out());
        for (String line : lines) {
            String[] f = line.split(",", -1);
            long time = EventTime.parse(f[0]);
            assertTrue(time >= RandomAuditData.START + 7 * DAY && time < RandomAuditData.START + 14 * DAY, line);
            assertTrue(f[1].equals("eu-de") || f[1].equals("eu-gb"), line);
            assertEquals("failure", f[2], line);
            assertTrue(f[3].startsWith("container-registry.image."), line);
            assertFalse(f[4].equalsIgnoreCase("bob"), line);
        }
        CliRun count = run("summarize", "--json", "--view", "Europe failures in week two", "--query",
                "-initiator:bob");
        assertEquals(lines.size(), readTree(count.out()).get("events").asInt());
    }

    @Test
    void queryShowsTheViewsColumnsInTheViewsOrderUnlessTold() {
        CliRun byView = run("query", "--format", "csv", "--view", "Europe failures in week two");
        assertEquals(0, byView.exitCode(), byView.err());
        List<String> lines = byView.out().lines().toList();
        assertEquals("time,region", lines.get(0));
        List<Long> times = lines.stream().skip(1).map(l -> EventTime.parse(l.split(",")[0])).toList();
        assertTrue(times.size() > 1, byView.out());
        assertEquals(times.stream().sorted(java.util.Comparator.reverseOrder()).toList(), times, "latest first");

        CliRun reversed = run("query", "--format", "csv", "--view", "Europe failures in week two", "--desc");
        List<Long> ascending = reversed.out().lines().skip(1).map(l -> EventTime.parse(l.split(",")[0])).toList();
        assertEquals(times.stream().sorted().toList(), ascending, "--desc reverses the view's order");

        CliRun told = run("query", "--format", "csv", "--view", "Europe failures in week two",
                "--fields", "action,time", "--sort", "action");
        List<String> toldLines = told.out().lines().toList();
        assertEquals("action,time", toldLines.get(0));
        List<String> actions = toldLines.stream().skip(1).map(l -> l.split(",")[0]).toList();
        assertEquals(actions.stream().sorted().toList(), actions);
    }

    @Test
    void anUnknownViewIsAUsageErrorNamingTheKnownOnes() {
        CliRun r = run("summarize", "--view", "nope");
        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertEquals("auditlens: no view named \"nope\" (known: Failed pushes and pulls, Deletions, Signature changes, "
                + "Vulnerability FAIL or WARN, Account setting changes, Namespace changes, "
                + "Europe failures in week two, Broken)", r.err().strip());
    }

    @Test
    void aViewWhoseQueryDoesNotParseAndABadQueryOptionAreUsageErrors() {
        CliRun broken = run("digests", "--view", "broken");
        assertEquals(2, broken.exitCode());
        assertTrue(broken.err().startsWith("auditlens: the query of view \"Broken\" does not parse: column "),
                broken.err());
        CliRun badQuery = run("summarize", "--view", "Deletions", "--query", "(");
        assertEquals(2, badQuery.exitCode());
        assertTrue(badQuery.err().startsWith("auditlens: query syntax error at column 1"), badQuery.err());
    }

    @Test
    void aCorruptViewsFileStillLeavesTheBuiltInViews() throws Exception {
        Path config = dir.resolve("corrupt-config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("views.json"), "{not json");
        CliRun r = run(config, "summarize", "--json", "--view", "Deletions");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("auditlens: warning: views.json could not be read"), r.err());
        assertEquals(run("summarize", "--json", "--query", BuiltInViews.find("Deletions").orElseThrow().query())
                .out(), r.out());
    }

    private static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
    }
}
