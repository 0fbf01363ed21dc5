package io.auditlens.cli;

import io.auditlens.about.ProductInfo;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionOptionTest {

    @Test
    void versionPrintsTheBuiltVersion() {
        for (String option : new String[] {"--version", "-V"}) {
            assertTrue(Cli.isCommand(new String[] {option}), option + " must not open the window");
            CliRun run = CliRun.of(option);
            assertEquals(0, run.exitCode());
            assertEquals("AuditLens " + ProductInfo.current().version(), run.out().strip());
        }
    }
}
