package io.auditlens.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where an export may be written, told before anything is. */
class ExportTargetTest {

    @TempDir
    Path dir;

    @Test
    void anInputItsSidecarNameAFolderAndAMissingOrFileFolderAreRefusedInWords() throws Exception {
        Path input = Files.writeString(dir.resolve("events.ndjson"), "{}\n");
        List<Path> inputs = List.of(input);
        assertEquals(Optional.empty(), ExportTarget.problem(dir.resolve("out.csv"), inputs));
        assertEquals(Optional.of("events.ndjson is one of the inputs; AuditLens never writes over an input: choose "
                + "another name"), ExportTarget.problem(input, inputs));
        Path sidecarNamedInput = Files.writeString(dir.resolve("x.csv" + Provenance.SUFFIX), "{}");
        assertEquals(Optional.of(sidecarNamedInput.getFileName() + " is one of the inputs; AuditLens never writes "
                + "over an input: choose another name"), ExportTarget.problem(dir.resolve("x.csv"),
                List.of(sidecarNamedInput)));
        assertEquals(Optional.of(dir + " is a folder: give the export a file name"), ExportTarget.problem(dir, inputs));
        assertEquals(Optional.of("the folder " + dir.resolve("nowhere") + " does not exist"),
                ExportTarget.problem(dir.resolve("nowhere/out.csv"), inputs));
        assertEquals(Optional.of(input + " is not a folder"), ExportTarget.problem(input.resolve("out.csv"), inputs));
    }
}
