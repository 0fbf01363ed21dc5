package io.auditlens.ingest;

import io.auditlens.sample.SampleFormat;
import io.auditlens.sample.SampleSettings;
import io.auditlens.sample.SampleWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A damaged first record costs that record only, in every line format, plain or gzipped. */
class DamagedFirstRecordTest {

    private static final int EVENTS = 13;

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (SampleFormat format : List.of(SampleFormat.NDJSON, SampleFormat.CLOUD_LOGS, SampleFormat.LOGDNA,
                SampleFormat.PLATFORM)) {
            for (boolean gzip : List.of(false, true)) {
                all.add(Arguments.of(format, gzip, "cut after an opening brace", cutAfter("{", 2)));
                all.add(Arguments.of(format, gzip, "cut after a comma", cutAfter(",", 3)));
                all.add(Arguments.of(format, gzip, "cut after a colon", cutAfter(":", 2)));
                all.add(Arguments.of(format, gzip, "NUL first byte", (UnaryOperator<String>) l -> "\0" + l.substring(1)));
                all.add(Arguments.of(format, gzip, "bracket first byte", (UnaryOperator<String>) l -> "[" + l.substring(1)));
                all.add(Arguments.of(format, gzip, "letter first byte", (UnaryOperator<String>) l -> "x" + l.substring(1)));
                all.add(Arguments.of(format, gzip, "control bytes inside",
                        (UnaryOperator<String>) l -> l.substring(0, 20) + "\u0001\u0002\u0003" + l.substring(20)));
            }
        }
        return all.stream();
    }

    /** Cuts the line just after its {@code nth} occurrence of {@code mark}. */
    private static UnaryOperator<String> cutAfter(String mark, int nth) {
        return line -> {
            int at = -1;
            for (int i = 0; i < nth; i++) {
                at = line.indexOf(mark, at + 1);
            }
            return line.substring(0, at + 1);
        };
    }

    @ParameterizedTest(name = "{0} gzip={1}: {2}")
    @MethodSource("cases")
    void onlyTheFirstRecordIsLost(SampleFormat format, boolean gzip, String damage, UnaryOperator<String> damageLine)
            throws IOException {
        Path good = dir.resolve("good." + format.cliName());
        new SampleWriter().write(SampleSettings.of(7, EVENTS), format, false, good);
        List<String> lines = Files.readAllLines(good, StandardCharsets.UTF_8);
        lines.set(0, damageLine.apply(lines.get(0)));
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        Path damaged = dir.resolve("damaged");
        Files.write(damaged, gzip ? TestEvents.gzip(bytes) : bytes);

        FileReport f = TestEvents.load(damaged).files().get(0);

        assertNull(f.fileError(), damage);
        assertEquals(EVENTS - 1, f.events(), damage + ": every other event loads");
        assertEquals(1, f.rejected(), damage);
        assertEquals(1, f.errors().get(0).line(), damage);
        assertEquals((gzip ? "gzip+" : "") + format.cliName(), f.format(), damage + ": the format is still known");
        assertTrue(f.errors().stream().noneMatch(e -> e.message().matches(".*[A-Z][a-z]+Exception.*")), damage);
    }
}
