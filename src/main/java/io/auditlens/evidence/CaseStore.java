package io.auditlens.evidence;

import io.auditlens.files.AtomicFileWriter;
import io.auditlens.files.FileReplacement;
import io.auditlens.files.GuardedFile;
import io.auditlens.files.LockFile;
import io.auditlens.store.EventHash;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One case file ({@code *.alcase}) with its backup {@code .bak}, kept the way saved views are: nothing is cached,
 * every change locks the file, reads it, applies itself to what it read and writes the result in one atomic move,
 * so two windows or programs on the same case both keep their labels, and a crash leaves the old file or the new.
 * A file that cannot be read is set aside (never overwritten) and the case comes back from the backup. Safe for use
 * from any thread; close the store to release the lock file.
 */
public final class CaseStore implements AutoCloseable {

    /** The name of the case that holds labels and notes made while no case is open, in the config folder. */
    public static final String UNSAVED_NAME = "unsaved.alcase";

    private final GuardedFile file;
    private final LockFile lock;
    private final CaseJson json = new CaseJson();
    private final String user;
    private final Clock clock;
    private final FileReplacement replacement;

    /** The case in this file, changed in the name of the current operating-system user. */
    public CaseStore(Path caseFile) {
        this(caseFile, System.getProperty("user.name", ""), Clock.systemUTC(), FileReplacement.atomicMove());
    }

    /** The case in this file, changed in the name of {@code user} at {@code clock}'s times. */
    public CaseStore(Path caseFile, String user, Clock clock, FileReplacement replacement) {
        this.file = new GuardedFile(caseFile, new AtomicFileWriter(replacement), clock);
        this.lock = file.lock();
        this.user = user == null ? "" : user;
        this.clock = clock;
        this.replacement = replacement;
    }

    /** The unsaved case in a configuration folder, where labels go while no case is open. */
    public static CaseStore unsaved(Path configFolder) {
        return new CaseStore(configFolder.resolve(UNSAVED_NAME));
    }

    /** The case file. */
    public Path file() {
        return file.path();
    }

    /** Whether the case file exists yet (a new case is written at its first change). */
    public boolean exists() {
        return Files.exists(file.path());
    }

    /** The case as its file holds it now; an empty case when there is no file. */
    public CaseState load() throws IOException {
        if (!exists()) {
            return new CaseState(Evidence.of(CaseDocument.named(defaultName())), Optional.empty(), false);
        }
        try (LockFile.Hold held = lock.acquire()) {
            return readRepairing();
        } catch (AccessDeniedException e) {
            // A case the user may read but not write (a colleague's, on a share) can still be looked at.
            return readWithoutRepair();
        }
    }

    /**
     * The case as its file holds it now, without repairing anything: for a reader such as the command line, which
     * must not move a case file aside.
     *
     * @throws CaseFileFormatException when the file is not a case this version can read
     */
    public CaseDocument read() throws IOException, CaseFileFormatException {
        Optional<byte[]> bytes = file.read();
        if (bytes.isEmpty()) {
            throw new java.nio.file.NoSuchFileException(file.path().toString());
        }
        return json.read(bytes.get());
    }

    /** Puts a label on events (defining the label when new); the case as saved. */
    public CaseState label(Collection<EventHash> events, String label) throws IOException, CaseRefusedException {
        return change(d -> d.addLabel(events, label));
    }

    /** Takes a label off events; the case as saved. */
    public CaseState unlabel(Collection<EventHash> events, String label) throws IOException, CaseRefusedException {
        return change(d -> d.removeLabel(events, label));
    }

    /** Sets the note of events; blank text removes it. The case as saved. */
    public CaseState note(Collection<EventHash> events, String text) throws IOException, CaseRefusedException {
        return change(d -> d.setNote(events, text));
    }

    /** Adds a label of the user's (or changes its colour) without putting it on any event. */
    public CaseState defineLabel(String label, String colour) throws IOException, CaseRefusedException {
        return change(d -> d.defineLabel(label, colour));
    }

    /** Records the inputs the case was loaded from, as just hashed. */
    public CaseState recordInputs(List<CaseInput> inputs) throws IOException, CaseRefusedException {
        return change(d -> d.setInputs(inputs));
    }

    /** Records the selection the case is looking at. */
    public CaseState recordSelection(CaseSelection selection) throws IOException, CaseRefusedException {
        return change(d -> d.setSelection(selection));
    }

    /** Renames the case. */
    public CaseState rename(String name) throws IOException, CaseRefusedException {
        return change(d -> d.rename(name));
    }

    /**
     * Writes this case, as it is now, to another file (File &gt; Save case as) and returns a store over the copy;
     * later changes go there. A file already there is replaced, keeping it as its {@code .bak}.
     */
    public CaseStore saveAs(Path target) throws IOException, CaseRefusedException {
        CaseDocument doc = load().document();
        CaseStore copy = new CaseStore(target, user, clock, replacement);
        String name = doc.name().isBlank() || file.path().getFileName().toString().equals(UNSAVED_NAME)
                ? copy.defaultName() : doc.name();
        copy.change(d -> {
            d.replaceWith(doc);
            d.rename(name);
        });
        return copy;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    /** A change applied to the case as just read. */
    @FunctionalInterface
    private interface Edit {
        void apply(CaseDraft draft) throws CaseRefusedException;
    }

    private CaseState change(Edit edit) throws IOException, CaseRefusedException {
        try (LockFile.Hold held = lock.acquire()) {
            CaseState current = readRepairing();
            if (current.readOnly()) {
                throw new CaseRefusedException(current.warning().orElse("the case cannot be changed"));
            }
            CaseDraft draft = new CaseDraft(current.document(), user, now());
            edit.apply(draft);
            if (!draft.changed() && exists()) {
                // Rewriting the same case would only push the useful backup out.
                return current;
            }
            CaseDocument doc = draft.toDocument();
            file.write(json.write(doc));
            return new CaseState(Evidence.of(doc), current.warning(), false);
        }
    }

    private CaseState readRepairing() throws IOException {
        Optional<byte[]> bytes = file.read();
        if (bytes.isEmpty()) {
            return new CaseState(Evidence.of(CaseDocument.named(defaultName())), Optional.empty(), false);
        }
        try {
            return stated(json.read(bytes.get()), Optional.empty());
        } catch (CaseFileFormatException e) {
            return setAside(fileName() + " could not be read (" + e.getMessage() + ")");
        }
    }

    private CaseState readWithoutRepair() throws IOException {
        try {
            CaseState state = stated(json.read(file.read().orElseThrow()), Optional.empty());
            return new CaseState(state.evidence(), Optional.of(fileName() + " is read-only: changes cannot be saved"),
                    true);
        } catch (CaseFileFormatException e) {
            return new CaseState(Evidence.none(), Optional.of(fileName() + " could not be read (" + e.getMessage()
                    + ")"), true);
        }
    }

    private CaseState stated(CaseDocument doc, Optional<String> warning) {
        if (doc.format() > CaseDocument.FORMAT) {
            return new CaseState(Evidence.of(doc), Optional.of(fileName() + " was saved by a later version of "
                    + "AuditLens (case format " + doc.format() + "); update AuditLens to change it"), true);
        }
        return new CaseState(Evidence.of(doc), warning, false);
    }

    private CaseState setAside(String unreadable) throws IOException {
        Path aside;
        try {
            aside = file.setAside();
        } catch (IOException e) {
            // Saving now would overwrite the only copy of whatever the file holds.
            return new CaseState(Evidence.none(), Optional.of(unreadable + "; it could not be set aside, so the "
                    + "case cannot be changed until it is moved away"), true);
        }
        String warning = unreadable + "; it was set aside as " + aside.getFileName();
        Optional<byte[]> backup = file.readBackup();
        if (backup.isPresent()) {
            try {
                CaseDocument previous = json.read(backup.get());
                CaseState restored = stated(previous, Optional.of(warning + "; the case was restored from "
                        + file.backupPath().getFileName() + " (" + previous.events().size() + " annotated events)"));
                if (!restored.readOnly()) {
                    file.restore(backup.get());
                }
                return restored;
            } catch (CaseFileFormatException e) {
                // fall through: no usable backup
            }
        }
        return new CaseState(Evidence.of(CaseDocument.named(defaultName())),
                Optional.of(warning + "; the case starts empty"), false);
    }

    private String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private String fileName() {
        return file.path().getFileName().toString();
    }

    private String defaultName() {
        String n = fileName();
        return n.endsWith(".alcase") ? n.substring(0, n.length() - ".alcase".length()) : n;
    }
}
