package io.auditlens.testdata;

import io.auditlens.cli.Cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Writes IBM Cloud Logs archives of the deterministic sample events, as {@code auditlens generate} does. */
public final class SampleArchives {

    private SampleArchives() {
    }

    /** An archive folder of {@code events} sample events from {@code seed} (hive partitions of Parquet files). */
    public static Path generate(Path folder, int events, long seed) {
        StringWriter err = new StringWriter();
        assertEquals(0, Cli.run(new String[] {"generate", "--format", "cloud-logs-parquet", "--events",
                String.valueOf(events), "--seed", String.valueOf(seed), "--out", folder.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
        return folder;
    }
}
