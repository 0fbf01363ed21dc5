package io.auditlens.views;

import io.auditlens.files.GuardedFile;
import io.auditlens.task.FailureReason;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code views.json} file of one folder, with its backup {@code views.json.bak}. A file that cannot be read is
 * renamed to {@code views.json.corrupt-<time>} (never overwritten or deleted) and the views come back from the
 * backup when it can be read. Callers hold the file's lock ({@link GuardedFile#lock()}) around every call.
 */
final class ViewFile {

    static final String NAME = "views.json";
    static final String BACKUP_NAME = NAME + ".bak";

    private final GuardedFile file;
    private final ViewJson json;

    ViewFile(GuardedFile file, ViewJson json) {
        this.file = file;
        this.json = json;
    }

    Path path() {
        return file.path();
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
        Optional<byte[]> bytes = file.read();
        if (bytes.isEmpty()) {
            return StoredViews.none();
        }
        try {
            return stored(json.read(bytes.get()));
        } catch (ViewFileFormatException e) {
            String warning = NAME + " could not be read (" + e.getMessage() + ")";
            return repair ? setAside(warning) : new StoredViews(List.of(), Optional.of(warning), true);
        }
    }

    /** Replaces the file with these views, first copying the current file to the backup. */
    void write(List<SavedView> views) throws IOException {
        file.write(json.write(views));
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
            aside = file.setAside();
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
            file.restore(json.write(restored.views()));
        }
        return new StoredViews(restored.views(), Optional.of(warning + "; " + restored.views().size()
                + " views were restored from " + BACKUP_NAME), restored.readOnly());
    }

    private Optional<ViewDocument> readBackup() throws IOException {
        try {
            Optional<byte[]> bytes = file.readBackup();
            return bytes.isEmpty() ? Optional.empty() : Optional.of(json.read(bytes.get()));
        } catch (ViewFileFormatException e) {
            return Optional.empty();
        }
    }
}
