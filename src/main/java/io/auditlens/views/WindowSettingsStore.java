package io.auditlens.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.auditlens.files.AtomicFileWriter;
import io.auditlens.files.FileReplacement;
import io.auditlens.files.GuardedFile;
import io.auditlens.files.JsonFiles;
import io.auditlens.files.LockFile;
import io.auditlens.task.FailureReason;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The window's settings in {@code window.json} of the configuration folder: {@code {"auditlensSettings": 1,
 * "columnWidths": {"time": 192, ...}}}. Writes replace the file in one move under a lock, keeping the previous one
 * as {@code window.json.bak}; a file that cannot be read is set aside as {@code window.json.corrupt-<time>}, never
 * overwritten, and the defaults are used. Safe for use from any thread; close it to release the lock file.
 */
public final class WindowSettingsStore implements AutoCloseable {

    /** The file's name in the configuration folder. */
    public static final String NAME = "window.json";
    static final int FORMAT = 1;
    private static final String FORMAT_FIELD = "auditlensSettings";

    /** The settings as read, and what the user should hear about the file, if anything. */
    public record Loaded(WindowSettings settings, Optional<String> warning) {
    }

    private final GuardedFile file;
    private final LockFile lock;
    private final ObjectMapper mapper = JsonFiles.mapper();
    // Set when the file cannot be set aside or was written by a later version: saving could lose what it holds.
    private volatile boolean readOnly;

    /** A store over {@code window.json} in this folder; nothing is created until the first save. */
    public WindowSettingsStore(Path folder) {
        this(folder, FileReplacement.atomicMove(), Clock.systemUTC());
    }

    WindowSettingsStore(Path folder, FileReplacement replacement, Clock clock) {
        this.file = new GuardedFile(folder.toAbsolutePath().resolve(NAME), new AtomicFileWriter(replacement), clock);
        this.lock = file.lock();
    }

    /** The settings file. */
    public Path file() {
        return file.path();
    }

    /** The settings; the defaults when there is no file, or (with a warning) when it cannot be read. */
    public Loaded load() throws IOException {
        if (!Files.exists(file.path())) {
            return new Loaded(WindowSettings.NONE, Optional.empty());
        }
        LockFile.Hold held;
        try {
            held = lock.acquire();
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            // A folder the user may read but not write: use what can be read, change nothing.
            readOnly = true;
            return parse(file.read().orElse(new byte[0])).map(s -> new Loaded(s, Optional.empty()))
                    .orElse(new Loaded(WindowSettings.NONE, Optional.of(NAME + " could not be read")));
        }
        try (held) {
            return readRepairing();
        }
    }

    /** Replaces the settings; does nothing when the file must be left as it is (see {@link #load()}'s warning). */
    public void save(WindowSettings settings) throws IOException {
        if (readOnly) {
            return;
        }
        try (LockFile.Hold held = lock.acquire()) {
            // Another program may have damaged the file since it was read: it is set aside first, never replaced.
            readRepairing();
            if (!readOnly) {
                file.write(write(settings));
            }
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    private Loaded readRepairing() throws IOException {
        Optional<byte[]> bytes = file.read();
        if (bytes.isEmpty()) {
            return new Loaded(WindowSettings.NONE, Optional.empty());
        }
        JsonNode tree;
        try {
            tree = JsonFiles.tree(mapper, bytes.get(), IOException::new);
        } catch (IOException e) {
            return setAside("broken JSON: " + e.getMessage());
        }
        if (tree == null || !tree.isObject() || !tree.path(FORMAT_FIELD).canConvertToInt()
                || tree.get(FORMAT_FIELD).asInt() < 1) {
            return setAside("not a settings file: no \"" + FORMAT_FIELD + "\" format number");
        }
        WindowSettings settings = settings(tree);
        if (tree.get(FORMAT_FIELD).asInt() > FORMAT) {
            readOnly = true;
            return new Loaded(settings, Optional.of(NAME + " was saved by a later version of AuditLens; its settings"
                    + " are used but not changed"));
        }
        return new Loaded(settings, Optional.empty());
    }

    private Optional<WindowSettings> parse(byte[] bytes) {
        try {
            JsonNode tree = mapper.readTree(bytes);
            return tree != null && tree.isObject() ? Optional.of(settings(tree)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    // Widths that are not positive numbers are skipped one by one: one bad value should not cost the others.
    private static WindowSettings settings(JsonNode tree) {
        Map<String, Double> widths = new LinkedHashMap<>();
        tree.path("columnWidths").fields().forEachRemaining(e -> {
            if (e.getValue().isNumber()) {
                widths.put(e.getKey(), e.getValue().asDouble());
            }
        });
        return new WindowSettings(widths);
    }

    private byte[] write(WindowSettings settings) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put(FORMAT_FIELD, FORMAT);
        ObjectNode widths = root.putObject("columnWidths");
        settings.columnWidths().forEach((id, width) -> widths.put(id, Math.round(width * 10) / 10.0));
        return JsonFiles.prettyBytes(JsonFiles.prettyWriter(mapper), root);
    }

    private Loaded setAside(String unreadable) {
        String warning = NAME + " could not be read (" + unreadable + ")";
        try {
            Path aside = file.setAside();
            return new Loaded(WindowSettings.NONE, Optional.of(warning + "; it was set aside as " + aside.getFileName()
                    + " and the columns start at their default widths"));
        } catch (IOException e) {
            readOnly = true;
            return new Loaded(WindowSettings.NONE, Optional.of(warning + "; it could not be set aside ("
                    + FailureReason.of(e) + "), so column widths are not saved until it is moved away"));
        }
    }
}
