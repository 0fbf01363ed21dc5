package io.auditlens.evidence;

import io.auditlens.ingest.FileReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares the inputs a case (or an export's provenance) recorded with the files just loaded: each recorded input
 * is found by its SHA-256 or, failing that, by its path. One that is found by path with another hash has changed;
 * one found neither way is missing.
 */
public final class InputCheck {

    private InputCheck() {
    }

    /** What is wrong with one recorded input. */
    public record Problem(CaseInput input, String what) {

        /** One line naming the input and what is wrong. */
        public String message() {
            return input.path() + ": " + what;
        }
    }

    /** The recorded inputs that changed or are missing among the loaded files, in recorded order. */
    public static List<Problem> problems(List<CaseInput> recorded, List<FileReport> loaded) {
        List<Problem> out = new ArrayList<>();
        for (CaseInput input : recorded) {
            if (loaded.stream().anyMatch(f -> !f.failed() && input.sha256().equalsIgnoreCase(f.sha256()))) {
                continue;
            }
            Optional<FileReport> samePath = loaded.stream().filter(f -> f.path().equals(input.path())).findFirst();
            if (samePath.isPresent() && !samePath.get().failed()) {
                out.add(new Problem(input, "changed since it was recorded (SHA-256 was " + input.sha256()
                        + ", is " + samePath.get().sha256() + ")"));
            } else {
                out.add(new Problem(input, "missing (no loaded file has SHA-256 " + input.sha256() + ")"));
            }
        }
        return out;
    }

    /** The loaded files as a case records them; files that could not be read are left out. */
    public static List<CaseInput> recordOf(List<FileReport> loaded) {
        return loaded.stream().filter(f -> !f.failed())
                .map(f -> new CaseInput(f.path(), f.bytes(), f.sha256())).toList();
    }
}
