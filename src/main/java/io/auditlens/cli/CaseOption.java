package io.auditlens.cli;

import io.auditlens.evidence.CaseDocument;
import io.auditlens.evidence.CaseFileFormatException;
import io.auditlens.evidence.CaseStore;
import io.auditlens.evidence.Evidence;
import io.auditlens.evidence.InputCheck;
import io.auditlens.ingest.LoadResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the case named by {@code --case} without changing it, and warns on stderr about inputs the case recorded
 * that changed or are not among the files loaded.
 */
final class CaseOption {

    private CaseOption() {
    }

    /** The case's evidence; none without {@code --case}. A case that cannot be read is an input error (exit 3). */
    static Evidence read(Optional<Path> caseFile) {
        if (caseFile.isEmpty()) {
            return Evidence.none();
        }
        Path file = caseFile.get();
        try (CaseStore store = new CaseStore(file)) {
            CaseDocument doc = store.read();
            if (doc.format() > CaseDocument.FORMAT) {
                throw new Cli.InputException(file + ": saved by a later version of AuditLens (case format "
                        + doc.format() + ")");
            }
            return Evidence.of(doc);
        } catch (NoSuchFileException e) {
            throw new Cli.InputException(file + ": no such case file");
        } catch (CaseFileFormatException e) {
            throw new Cli.InputException(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new Cli.InputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Warns about the case's inputs that the loaded files do not match. */
    static void warnAboutInputs(Evidence evidence, LoadResult load, PrintWriter err) {
        for (InputCheck.Problem p : InputCheck.problems(evidence.document().inputs(), load.files())) {
            err.println("auditlens: warning: case input " + p.message());
        }
        err.flush();
    }
}
