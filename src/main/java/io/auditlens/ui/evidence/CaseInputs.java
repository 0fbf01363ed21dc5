package io.auditlens.ui.evidence;

import io.auditlens.evidence.CaseInput;
import io.auditlens.evidence.CaseState;
import io.auditlens.evidence.CaseStore;
import io.auditlens.evidence.InputCheck;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.ui.window.LoadedData;
import io.auditlens.ui.window.Notice;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The inputs of the open case: opening a case loads those of its recorded inputs that still exist and, once they
 * are loaded, names every one that changed or is missing in a notice (the case opens with what can be checked). A
 * load the user makes is recorded in the case; the case's own load leaves the record as it is, so a changed file
 * never silently replaces the SHA-256 the case was built on.
 */
final class CaseInputs {

    /** A case store just read, with the recorded inputs found on disk (read off the JavaFX thread). */
    record Opened(CaseStore store, CaseState state, List<Path> present) {
    }

    private final ExplorerModel model;
    private final Predicate<List<Path>> load;
    private final Consumer<List<CaseInput>> record;
    private Set<Path> awaited;
    private boolean retried;
    private Notice shown;

    CaseInputs(ExplorerModel model, Predicate<List<Path>> load, Consumer<List<CaseInput>> record) {
        this.model = model;
        this.load = load;
        this.record = record;
    }

    /**
     * The recorded inputs that exist as files, absolute; a relative path is looked for beside the case file first
     * (the command line records paths as typed), then in the working folder. Does file I/O.
     */
    static List<Path> present(List<CaseInput> recorded, Path caseFile) {
        Set<Path> found = new LinkedHashSet<>();
        Path folder = caseFile.toAbsolutePath().getParent();
        for (CaseInput input : recorded) {
            try {
                Path p = Path.of(input.path());
                List<Path> candidates = p.isAbsolute() || folder == null ? List.of(p) : List.of(folder.resolve(p), p);
                candidates.stream().filter(Files::isRegularFile).findFirst()
                        .ifPresent(c -> found.add(c.toAbsolutePath().normalize()));
            } catch (InvalidPathException e) {
                // A path from another system cannot be found here; the check names it as missing.
            }
        }
        return List.copyOf(found);
    }

    /**
     * The unsaved case was opened: it is a scratch pad that only records what is loaded; the window loads what it was
     * started with (named files or the sample) rather than what the unsaved case saw last.
     */
    void unsavedOpened() {
        clearShown();
        awaited = null;
        LoadedData data = model.getData();
        if (data != null) {
            record.accept(InputCheck.recordOf(data.files()));
        }
    }

    /** A case was opened: load its inputs unless they are what is shown already, then check them. */
    void caseOpened(List<CaseInput> recorded, List<Path> present, List<Path> alsoLoad) {
        clearShown();
        LoadedData data = model.getData();
        List<Path> wanted = new ArrayList<>(present);
        alsoLoad.stream().map(p -> p.toAbsolutePath().normalize()).filter(p -> !wanted.contains(p))
                .forEach(wanted::add);
        if (recorded.isEmpty() && alsoLoad.isEmpty()) {
            if (data != null) {
                record.accept(InputCheck.recordOf(data.files()));
            }
            return;
        }
        if (data != null && alsoLoad.isEmpty() && InputCheck.problems(recorded, data.files()).isEmpty()) {
            return;
        }
        if (wanted.isEmpty()) {
            show(InputCheck.problems(recorded, List.of()));
            return;
        }
        awaited = Set.copyOf(wanted);
        // Refused while another load runs: that load's data, when it comes, is followed by the case's.
        retried = load.test(wanted);
    }

    /** New data is shown: check it when it is the case's own load, else record it as the case's inputs. */
    void dataChanged(LoadedData data, List<CaseInput> recorded) {
        if (data == null) {
            return;
        }
        // Inputs that failed to load are dropped from the data, so the case's own load may show fewer of them.
        boolean own = awaited != null && awaited.containsAll(data.inputs());
        if (awaited != null && !own && !retried) {
            // A load already running when the case opened refused the case's; this is that load's data, not the
            // user's choice for the case, so the case's inputs are loaded now instead of recording these.
            retried = true;
            load.test(List.copyOf(awaited));
            return;
        }
        awaited = null;
        List<InputCheck.Problem> problems = InputCheck.problems(recorded, data.files());
        if (own) {
            show(problems);
        } else {
            clearShown();
        }
        // The case's own load leaves the case as it was (paths as the command line typed them included), unless
        // files named with the case were loaded too and everything recorded checked out.
        List<CaseInput> loaded = InputCheck.recordOf(data.files());
        if (!own || (problems.isEmpty() && loaded.stream().anyMatch(f -> recorded.stream()
                .noneMatch(r -> r.sha256().equalsIgnoreCase(f.sha256()))))) {
            record.accept(loaded);
        }
    }

    private void show(List<InputCheck.Problem> problems) {
        clearShown();
        if (problems.isEmpty()) {
            return;
        }
        String title = problems.size() == 1 ? "An input of the case changed or is missing"
                : problems.size() + " inputs of the case changed or are missing";
        List<String> lines = problems.stream().map(InputCheck.Problem::message).toList();
        shown = new Notice(Notice.Kind.WARNING, title, String.join("\n", lines)
                + "\nThe case shows its labels on the events that could be loaded.", false);
        model.settingsNotices().add(shown);
    }

    private void clearShown() {
        if (shown != null) {
            model.settingsNotices().remove(shown);
            shown = null;
        }
    }
}
