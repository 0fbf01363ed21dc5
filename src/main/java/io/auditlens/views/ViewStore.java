package io.auditlens.views;

import io.auditlens.files.AtomicFileWriter;
import io.auditlens.files.FileReplacement;
import io.auditlens.files.GuardedFile;
import io.auditlens.files.LockFile;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The user's saved views, kept in {@code views.json} in one folder, together with the built-in views.
 *
 * <p>Nothing is cached: every change locks the folder, reads the file, applies itself to what it read and writes
 * the result, so two windows or two running copies of AuditLens saving at the same moment both keep their views.
 * Reads see a complete file at all times because writes replace it in one move. Safe for use from any thread;
 * close the store when done with it to release the lock file.
 */
public final class ViewStore implements AutoCloseable {

    private final ViewFile file;
    private final LockFile lock;
    private final ViewJson json = new ViewJson();
    private final AtomicFileWriter writer;
    private final List<ViewChangeListener> listeners = new CopyOnWriteArrayList<>();

    /** A store over {@code views.json} in this folder; nothing is created until the first change. */
    public ViewStore(Path folder) {
        this(folder, FileReplacement.atomicMove(), Clock.systemUTC());
    }

    ViewStore(Path folder, FileReplacement replacement, Clock clock) {
        Path absolute = folder.toAbsolutePath();
        this.writer = new AtomicFileWriter(replacement);
        GuardedFile guarded = new GuardedFile(absolute.resolve(ViewFile.NAME), writer, clock);
        this.file = new ViewFile(guarded, json);
        this.lock = guarded.lock();
    }

    /** The store in the current user's configuration folder (see {@link ConfigFolder}). */
    public static ViewStore forCurrentUser() {
        return new ViewStore(ConfigFolder.forCurrentUser());
    }

    /** The views file. */
    public Path file() {
        return file.path();
    }

    /**
     * Every view, built-in ones first. A views file that cannot be read is set aside and the catalog carries a
     * warning saying so; the built-in views are always there.
     */
    public ViewCatalog load() throws IOException {
        if (!Files.exists(file.path())) {
            // Listing must not create the configuration folder.
            return catalog(StoredViews.none());
        }
        LockFile.Hold held;
        try {
            held = lock.acquire();
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            // A folder the user may read but not write: the views can still be listed and used.
            return catalog(file.readWithoutRepair());
        }
        try (held) {
            return catalog(file.read());
        }
    }

    /** The view with this name, ignoring case, built-in or saved. */
    public Optional<ViewEntry> find(String name) throws IOException {
        return load().find(name);
    }

    /**
     * Adds the view, or replaces the saved view of the same name (ignoring case) where it stands in the list.
     *
     * @return the view as saved
     * @throws ViewRefusedException when the name is a built-in view's
     */
    public SavedView save(SavedView view) throws IOException, ViewRefusedException {
        refuseBuiltIn(view.name(), "replaced; save it under another name");
        return change(ViewChange.Kind.SAVED, views -> {
            int at = indexOf(views, view.name());
            if (at < 0) {
                views.add(view);
            } else {
                views.set(at, view);
            }
            return new Outcome<>(view, List.of(view.name()));
        });
    }

    /**
     * Gives a saved view another name; changing only the case of its letters is allowed.
     *
     * @return the renamed view
     */
    public SavedView rename(String name, String newName) throws IOException, ViewRefusedException {
        refuseBuiltIn(name, "renamed; duplicate it to make a copy you can rename");
        String target = validName(newName);
        refuseBuiltIn(target, "replaced; choose another name");
        return change(ViewChange.Kind.RENAMED, views -> {
            int at = require(views, name);
            int clash = indexOf(views, target);
            if (clash >= 0 && clash != at) {
                throw new ViewRefusedException("there is already a view named \"" + views.get(clash).name() + "\"");
            }
            SavedView renamed = views.get(at).withName(target);
            String old = views.get(at).name();
            views.set(at, renamed);
            return new Outcome<>(renamed, List.of(old, target));
        });
    }

    /**
     * Saves a copy of a view, built-in or saved, as "NAME copy" (or "NAME copy 2", ... when that is taken), right
     * after the original (at the end for a built-in).
     *
     * @return the copy
     */
    public SavedView duplicate(String name) throws IOException, ViewRefusedException {
        return change(ViewChange.Kind.DUPLICATED, views -> {
            Optional<SavedView> builtIn = BuiltInViews.find(name);
            int at = builtIn.isPresent() ? views.size() - 1 : require(views, name);
            SavedView source = builtIn.orElseGet(() -> views.get(at));
            SavedView copy = source.withName(ViewNames.copyName(source.name(), taken(views)));
            views.add(at + 1, copy);
            return new Outcome<>(copy, List.of(source.name(), copy.name()));
        });
    }

    /**
     * Deletes a saved view.
     *
     * @return the deleted view, so that the deletion can be undone by saving it again
     */
    public SavedView delete(String name) throws IOException, ViewRefusedException {
        refuseBuiltIn(name, "deleted");
        return change(ViewChange.Kind.DELETED, views -> {
            SavedView removed = views.remove(require(views, name));
            return new Outcome<>(removed, List.of(removed.name()));
        });
    }

    /**
     * Writes the named views, built-in or saved, to a file that {@link #importFrom} reads.
     *
     * @return the views written, in the order named
     * @throws ViewRefusedException when a name is not a view's
     */
    public List<SavedView> export(Collection<String> names, Path target) throws IOException, ViewRefusedException {
        ViewCatalog catalog = load();
        List<SavedView> chosen = new ArrayList<>();
        for (String name : names) {
            SavedView view = catalog.find(name).orElseThrow(() -> unknown(name, catalog.names())).view();
            if (chosen.stream().noneMatch(v -> v.name().equals(view.name()))) {
                chosen.add(view);
            }
        }
        writer.write(target, json.write(chosen));
        return chosen;
    }

    /**
     * Writes every saved view (not the built-in ones, which every installation has) to a file.
     *
     * @return the views written
     */
    public List<SavedView> exportSaved(Path target) throws IOException {
        List<SavedView> saved = load().saved();
        writer.write(target, json.write(saved));
        return saved;
    }

    /**
     * The views of an exported file, without adding them: lets a window show what an import would bring.
     *
     * @throws ViewFileFormatException when the file does not hold views
     */
    public List<SavedView> readExport(Path source) throws IOException {
        return json.read(Files.readAllBytes(source)).views();
    }

    /**
     * Adds the views of an exported file to the saved ones; see {@link #importViews}.
     *
     * @throws ViewFileFormatException when the file does not hold views
     */
    public ImportResult importFrom(Path source) throws IOException, ViewRefusedException {
        return importViews(readExport(source));
    }

    /**
     * Adds views to the saved ones. A view whose name is taken is added as "NAME (imported)"; one identical to a
     * view already there (as when the same file is imported twice) is skipped.
     */
    public ImportResult importViews(List<SavedView> incoming) throws IOException, ViewRefusedException {
        return change(ViewChange.Kind.IMPORTED, views -> {
            ImportResult merged = ImportMerge.into(views, incoming, taken(views));
            return new Outcome<>(merged, merged.added().stream().map(a -> a.view().name()).toList());
        });
    }

    /**
     * Calls the listener after every change this store makes (a save of a view identical to the one saved changes
     * nothing and is not reported). Changes made by other programs are not reported:
     * {@link #load() load} again when the window comes to the front to see those.
     */
    public void addChangeListener(ViewChangeListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Stops calling a listener added before. */
    public void removeChangeListener(ViewChangeListener listener) {
        listeners.remove(listener);
    }

    /** Closes the lock file; a later change opens it again. */
    @Override
    public void close() throws IOException {
        lock.close();
    }

    /** A change applied to the saved views as just read, in place. */
    @FunctionalInterface
    private interface Edit<T> {
        Outcome<T> apply(List<SavedView> views) throws ViewRefusedException;
    }

    /** What an edit produced: the value to hand back and the names for the change event. */
    private record Outcome<T>(T value, List<String> names) {
    }

    private <T> T change(ViewChange.Kind kind, Edit<T> edit) throws IOException, ViewRefusedException {
        Outcome<T> outcome;
        ViewCatalog after;
        try (LockFile.Hold held = lock.acquire()) {
            StoredViews stored = file.read();
            if (stored.readOnly()) {
                throw new ViewRefusedException(stored.warning().orElse("the views file cannot be changed"));
            }
            List<SavedView> views = new ArrayList<>(stored.views());
            outcome = edit.apply(views);
            if (views.equals(stored.views())) {
                // Rewriting the same views would only push the useful backup out.
                return outcome.value();
            }
            file.write(views);
            after = catalog(new StoredViews(views, stored.warning(), false));
        }
        ViewChange change = new ViewChange(kind, outcome.names(), after);
        for (ViewChangeListener l : listeners) {
            l.viewsChanged(change);
        }
        return outcome.value();
    }

    private static ViewCatalog catalog(StoredViews stored) {
        List<ViewEntry> entries = new ArrayList<>();
        BuiltInViews.all().forEach(v -> entries.add(new ViewEntry(v, true)));
        stored.views().forEach(v -> entries.add(new ViewEntry(v, false)));
        return new ViewCatalog(entries, stored.warning());
    }

    private static Predicate<String> taken(List<SavedView> views) {
        return name -> BuiltInViews.isBuiltIn(name) || indexOf(views, name) >= 0;
    }

    private static int indexOf(List<SavedView> views, String name) {
        for (int i = 0; i < views.size(); i++) {
            if (ViewNames.same(views.get(i).name(), name)) {
                return i;
            }
        }
        return -1;
    }

    private static int require(List<SavedView> views, String name) throws ViewRefusedException {
        int at = indexOf(views, name);
        if (at < 0) {
            throw unknown(name, catalog(new StoredViews(views, Optional.empty(), false)).names());
        }
        return at;
    }

    private static ViewRefusedException unknown(String name, List<String> known) {
        return new ViewRefusedException("no view named \"" + name.strip() + "\" (known: " + String.join(", ", known)
                + ")");
    }

    private static void refuseBuiltIn(String name, String what) throws ViewRefusedException {
        Optional<SavedView> builtIn = BuiltInViews.find(name);
        if (builtIn.isPresent()) {
            throw new ViewRefusedException("\"" + builtIn.get().name() + "\" is a built-in view and cannot be " + what);
        }
    }

    private static String validName(String name) throws ViewRefusedException {
        Optional<String> problem = ViewNames.problem(name);
        if (problem.isPresent()) {
            throw new ViewRefusedException(problem.get());
        }
        return name.strip();
    }
}
