package io.auditlens.ui.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Finds the sample export shown when the window opens without files: {@code assets/sample-events.ndjson.gz} in
 * the working folder (a source checkout), else the same file packed in the jar, copied to a temp file because
 * raw events are read back from a file by offset. Does file I/O: call it from a Task.
 */
public final class BundledSample {

    static final String RELATIVE_PATH = "assets/sample-events.ndjson.gz";

    private BundledSample() {
    }

    public static Optional<Path> locate() throws IOException {
        Path local = Path.of(RELATIVE_PATH);
        if (Files.isRegularFile(local)) {
            return Optional.of(local.toAbsolutePath());
        }
        try (InputStream in = BundledSample.class.getResourceAsStream("/" + RELATIVE_PATH)) {
            if (in == null) {
                return Optional.empty();
            }
            Path copy = Files.createTempFile("auditlens-sample-", ".ndjson.gz");
            copy.toFile().deleteOnExit();
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(copy);
        }
    }
}
