package io.auditlens.cli;

import io.auditlens.evidence.CaseRefusedException;
import io.auditlens.evidence.CaseState;
import io.auditlens.evidence.CaseStore;
import io.auditlens.evidence.InputCheck;
import io.auditlens.store.EventHash;
import io.auditlens.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code label --into CASE (--label NAME | --note TEXT) [--remove] [selection options] FILES}: puts a label or a
 * note on every selected event in a case file (created when missing), as the window's Label menu does.
 */
@Command(name = "label", mixinStandardHelpOptions = true,
        description = "Label (or annotate) every selected event in a case file, creating the case when missing. "
                + "The case records the inputs with their SHA-256 and a history of the change.")
public final class LabelCommand implements Callable<Integer> {

    @Mixin
    private SelectionArguments inputs;

    @Option(names = "--into", required = true, paramLabel = "CASE", description = "The case file (*.alcase) to change.")
    private Path into;

    @Option(names = "--add", paramLabel = "LABEL", description = "The label to put on the selected events.")
    private String add;

    @Option(names = "--note", paramLabel = "TEXT", description = "The note to set on the selected events (\"\" removes it).")
    private String note;

    @Option(names = "--remove", description = "Take the --add label off the selected events instead.")
    private boolean remove;

    @Override
    public Integer call() {
        if (add == null && note == null) {
            throw new Cli.UsageException("say what to do: --add LABEL and/or --note TEXT");
        }
        SelectedEvents selected = inputs.select();
        EventStore store = selected.load().store();
        List<EventHash> events = new ArrayList<>();
        for (int row : selected.result().sortedRows(io.auditlens.query.EventField.TIME, false)) {
            events.add(store.hash(row));
        }
        CaseState state;
        try (CaseStore c = new CaseStore(into)) {
            state = c.recordInputs(InputCheck.recordOf(selected.load().files()));
            state.warning().ifPresent(w -> inputs.err().println("auditlens: warning: " + w));
            if (add != null) {
                state = remove ? c.unlabel(events, add) : c.label(events, add);
            }
            if (note != null) {
                state = c.note(events, note);
            }
        } catch (CaseRefusedException e) {
            throw new Cli.UsageException(e.getMessage());
        } catch (IOException e) {
            throw new Cli.InputException(into + ": the case could not be saved (" + e.getMessage() + ")");
        }
        inputs.out().printf("%s %,d events in %s (%,d annotated events in the case)%n",
                remove ? "unlabelled" : add != null ? "labelled" : "annotated", events.size(), into,
                state.evidence().size());
        inputs.out().flush();
        return selected.exitCode();
    }
}
