package io.auditlens.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.auditlens.ingest.DamagedExport.Damage;
import io.auditlens.ingest.DamagedExport.Kind;
import io.auditlens.sample.SampleFormat;
import io.auditlens.sample.SampleSettings;
import io.auditlens.sample.SampleWriter;
import io.auditlens.store.EventStore;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exports made by the generator, in every text format and each gzipped, with a random few records damaged in every
 * way {@link Kind} lists: every intact record loads, each damaged record is loaded or rejected with its line, no
 * message names an exception class, and the file's SHA-256 is of its bytes. In a JSON array, where a syntax error
 * ends the file, every element before the damage loads.
 * <p>Tries per format follow {@code jqwik.tries.default} (junit-platform.properties keeps {@code mvn verify} quick;
 * {@code -Djqwik.tries.default=1000} gives the long run).
 */
class DamagedExportPropertyTest {

    private static final int EVENTS = 20;
    private static final Pattern EXCEPTION_NAME = Pattern.compile("[A-Z][A-Za-z]*(Exception|Error)\\b");
    private static final Map<SampleFormat, Export> EXPORTS = new HashMap<>();

    @Property
    void ndjson(@ForAll("damages") List<Damage> damages) throws IOException {
        check(SampleFormat.NDJSON, false, damages);
    }

    @Property
    void ndjsonGzip(@ForAll("damages") List<Damage> damages) throws IOException {
        check(SampleFormat.NDJSON, true, damages);
    }

    @Property
    void jsonArray(@ForAll("damages") List<Damage> damages) throws IOException {
        check(SampleFormat.JSON_ARRAY, false, damages);
    }

    @Property
    void jsonArrayGzip(@ForAll("damages") List<Damage> damages) throws IOException {
        check(SampleFormat.JSON_ARRAY, true, damages);
    }

    @Property
    void cloudLogs(@ForAll("damages") List<Damage> damages) throws IOException {
        check(SampleFormat.CLOUD_LOGS, false, damages);
    }

    @Property
    void cloudLogsGzip(@ForAll("damages") List<Damage> damages) throws IOException {
        check(SampleFormat.CLOUD_LOGS, true, damages);
    }

    @Property
    void logdna(@ForAll("damages") List<Damage> damages) throws IOException {
        check(SampleFormat.LOGDNA, false, damages);
    }

    @Property
    void logdnaGzip(@ForAll("damages") List<Damage> damages) throws IOException {
        check(SampleFormat.LOGDNA, true, damages);
    }

    @Property
    void platform(@ForAll("damages") List<Damage> damages) throws IOException {
        check(SampleFormat.PLATFORM, false, damages);
    }

    @Property
    void platformGzip(@ForAll("damages") List<Damage> damages) throws IOException {
        check(SampleFormat.PLATFORM, true, damages);
    }

    @Provide
    Arbitrary<List<Damage>> damages() {
        return Combinators.combine(Arbitraries.integers().between(0, 999), Arbitraries.of(Kind.class),
                Arbitraries.longs()).as(Damage::new).list().ofMinSize(1).ofMaxSize(3);
    }

    private static void check(SampleFormat format, boolean gzip, List<Damage> damages) throws IOException {
        Export export = export(format);
        DamagedExport damaged = DamagedExport.of(export.bytes, export.starts, export.ends, damages);
        byte[] file = gzip ? TestEvents.gzip(damaged.bytes) : damaged.bytes;
        Path path = Files.createTempFile("auditlens-damaged-", gzip ? ".gz" : ".txt");
        try {
            Files.write(path, file);
            LoadResult result = new Loader(1).load(List.of(path));
            FileReport f = result.files().get(0);
            String context = format + (gzip ? " gzip " : " ") + damages + ": " + f.errors();

            assertNull(f.fileError(), context);
            assertEquals(TestEvents.sha256(file), f.sha256(), context);
            if (!damaged.intact.isEmpty()) { // a lone fragment of a record shows no format
                assertEquals((gzip ? "gzip+" : "") + format.cliName(), f.format(), context);
            }
            for (LineError e : f.errors()) {
                assertFalse(EXCEPTION_NAME.matcher(e.message()).find(), "an exception's name: " + e.message());
            }
            List<String> loaded = correlationIds(result.store());
            long eventsAndDuplicates = f.events() + f.duplicates();
            if (format == SampleFormat.JSON_ARRAY) {
                int firstDamageLine = damaged.damaged.get(damaged.firstDamaged).firstLine();
                for (int i = 0; i < damaged.firstDamaged; i++) {
                    assertTrue(loaded.contains(export.correlations.get(i)), "element " + i + " loads: " + context);
                }
                assertTrue(f.errors().stream().allMatch(e -> e.line() >= firstDamageLine), context);
            } else {
                for (int i : damaged.intact) {
                    assertTrue(loaded.contains(export.correlations.get(i)), "intact record " + i + ": " + context);
                }
                long damagedUnrejected = damaged.damaged.values().stream()
                        .filter(s -> f.errors().stream().noneMatch(e -> s.contains(e.line()))).count();
                for (LineError e : f.errors()) {
                    assertTrue(damaged.damaged.values().stream().anyMatch(s -> s.contains(e.line())),
                            "line " + e.line() + " was not damaged: " + context);
                }
                assertTrue(eventsAndDuplicates >= damaged.intact.size() + damagedUnrejected,
                        "a damaged record neither loaded nor rejected: " + context);
                assertTrue(eventsAndDuplicates <= damaged.intact.size() + damaged.damaged.size(), context);
            }
            result.store().releaseTemporaryFiles();
        } finally {
            Files.deleteIfExists(path);
        }
    }

    private static List<String> correlationIds(EventStore store) {
        List<String> ids = new ArrayList<>();
        for (int row = 0; row < store.size(); row++) {
            ids.add(store.correlationId(row));
        }
        return ids;
    }

    private static synchronized Export export(SampleFormat format) {
        return EXPORTS.computeIfAbsent(format, DamagedExportPropertyTest::generate);
    }

    /** A generated export, its records' byte spans and each record's correlation id. */
    private record Export(byte[] bytes, int[] starts, int[] ends, List<String> correlations) {
    }

    private static Export generate(SampleFormat format) {
        try {
            Path path = Files.createTempFile("auditlens-export-", "." + format.cliName());
            new SampleWriter().write(SampleSettings.of(11, EVENTS), format, false, path);
            byte[] bytes = Files.readAllBytes(path);
            LoadResult base = new Loader(1).load(List.of(path));
            assertEquals(EVENTS, base.files().get(0).events() + base.files().get(0).duplicates());
            List<String> correlations = correlationIds(base.store());
            base.store().releaseTemporaryFiles();
            Files.delete(path);
            int[][] spans = format == SampleFormat.JSON_ARRAY ? elements(bytes) : lines(bytes);
            assertEquals(EVENTS, spans[0].length);
            return new Export(bytes, spans[0], spans[1], correlations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[][] lines(byte[] bytes) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (i > start) {
                    spans.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return split(spans);
    }

    private static int[][] elements(byte[] bytes) throws IOException {
        List<int[]> spans = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(bytes)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                int start = (int) p.currentTokenLocation().getByteOffset();
                p.skipChildren();
                spans.add(new int[] {start, (int) p.currentLocation().getByteOffset()});
            }
        }
        return split(spans);
    }

    private static int[][] split(List<int[]> spans) {
        int[][] out = new int[2][spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            out[0][i] = spans.get(i)[0];
            out[1][i] = spans.get(i)[1];
        }
        return out;
    }
}
