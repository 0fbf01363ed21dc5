package io.auditlens.views;

import io.auditlens.task.FailureReason;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code views.json} file of one folder, with its backup {@code views.json.bak}. A file that cannot be read is
 * renamed to {@code views.json.corrupt-<time>} (never overwritten or deleted) and the views come back from the
 * backup when it can be read. Callers hold the folder's {@link ViewFileLock} around every call.
 */
final class ViewFile {

    static final String NAME = "views.json";
    static final String BACKUP_NAME = NAME + ".bak";
    static final String LOCK_NAME = NAME + ".lock";

    private static final DateTimeFormatter ASIDE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Path file;
    private final Path backup;
    private final ViewJson json;
    private final AtomicFileWriter writer;
    private final Clock clock;

    ViewFile(Path folder, ViewJson json, AtomicFileWriter writer, Clock clock) {
        this.folder = folder;
        this.file = folder.resolve(NAME);
        this.backup = folder.resolve(BACKUP_NAME);
        this.json = json;
        this.writer = writer;
        this.clock = clock;
    }

    Path path() {
        return file;
    }

    /** The views the file holds, none when it does not exist; a file that cannot be read is set aside. */
    StoredViews read() throws IOException {
        return read(true);
    }

    /**
     * The views the file holds, for a caller that cannot take the lock (a read-only folder): a file that cannot be
     * read is left where it is, and the views cannot be changed.
     */
    StoredViews readWithoutRepair() throws IOException {
        return read(false);
    }

    private StoredViews read(boolean repair) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return StoredViews.none();
        }
        try {
            return stored(json.read(bytes));
        } catch (ViewFileFormatException e) {
            String warning = NAME + " could not be read (" + e.getMessage() + ")";
            return repair ? setAside(warning) : new StoredViews(List.of(), Optional.of(warning), true);
        }
    }

    /** Replaces the file with these views, first copying the current file to the backup. */
    void write(List<SavedView> views) throws IOException {
        removeLeftoverTempFiles();
        byte[] bytes = json.write(views);
        if (Files.exists(file)) {
            writer.copy(file, backup);
        }
        writer.write(file, bytes);
    }

    private StoredViews stored(ViewDocument doc) {
        List<SavedView> views = uniquelyNamed(doc.views());
        if (doc.format() > ViewDocument.FORMAT) {
            return new StoredViews(views, Optional.of(NAME + " was saved by a later version of AuditLens (format "
                    + doc.format() + "); update AuditLens to change views"), true);
        }
        return new StoredViews(views, Optional.empty(), false);
    }

    // A hand-edited file, or a built-in added by a later version, can make two views share a name; numbering the
    // later ones keeps both reachable, and doing it the same way on every read keeps the names stable.
    private static List<SavedView> uniquelyNamed(List<SavedView> views) {
        List<SavedView> out = new ArrayList<>();
        for (SavedView v : views) {
            if (BuiltInViews.isBuiltIn(v.name()) || out.stream().anyMatch(o -> ViewNames.same(o.name(), v.name()))) {
                String name = ViewNames.numberedName(v.name(), n -> BuiltInViews.isBuiltIn(n)
                        || out.stream().anyMatch(o -> ViewNames.same(o.name(), n))
                        || views.stream().anyMatch(o -> ViewNames.same(o.name(), n)));
                out.add(v.withName(name));
            } else {
                out.add(v);
            }
        }
        return out;
    }

    private StoredViews setAside(String unreadable) throws IOException {
        Path aside;
        try {
            aside = moveAside();
        } catch (IOException e) {
            // Saving now would overwrite the only copy of whatever the file holds.
            String why = FailureReason.of(e);
            return new StoredViews(List.of(), Optional.of(unreadable + "; it could not be set aside (" + why
                    + "), so views cannot be saved until it is moved away"), true);
        }
        String warning = unreadable + "; it was set aside as " + aside.getFileName();
        Optional<ViewDocument> previous = readBackup();
        if (previous.isEmpty()) {
            return new StoredViews(List.of(), Optional.of(warning + "; saved views start empty"), false);
        }
        StoredViews restored = stored(previous.get());
        if (!restored.readOnly()) {
            writer.write(file, json.write(restored.views()));
        }
        return new StoredViews(restored.views(), Optional.of(warning + "; " + restored.views().size()
                + " views were restored from " + BACKUP_NAME), restored.readOnly());
    }

    private Optional<ViewDocument> readBackup() throws IOException {
        try {
            return Optional.of(json.read(Files.readAllBytes(backup)));
        } catch (NoSuchFileException | ViewFileFormatException e) {
            return Optional.empty();
        }
    }

    // Never replaces an earlier corrupt file: each one may be the only copy of someone's views.
    private Path moveAside() throws IOException {
        String base = NAME + ".corrupt-" + ASIDE_TIME.format(clock.instant());
        for (int n = 1; ; n++) {
            Path aside = folder.resolve(n == 1 ? base : base + "-" + n);
            try {
                Files.move(file, aside);
                return aside;
            } catch (FileAlreadyExistsException e) {
                // try the next number
            }
        }
    }

    // Under the lock no write is under way, so any temporary file left here is from a write that never finished.
    private void removeLeftoverTempFiles() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder,
                NAME + ".*" + AtomicFileWriter.TEMP_SUFFIX)) {
            for (Path p : leftovers) {
                Files.deleteIfExists(p);
            }
        }
    }
}
