package io.auditlens.export;

import io.auditlens.ingest.FileReport;
import io.auditlens.store.EventStore;
import io.auditlens.store.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where an export may go: never over one of its inputs (nor its sidecar), and only into a folder that takes files.
 * The window asks before it starts, so a person fixes the name in the dialog; {@link EventExport} asks again.
 */
public final class ExportTarget {

    private ExportTarget() {
    }

    /** The files the loaded events were read from: the store's sources and the files the load reported. */
    public static List<Path> inputsOf(EventStore store, Collection<FileReport> files) {
        List<Path> inputs = new ArrayList<>();
        for (SourceFile s : store.sources()) {
            inputs.add(s.input());
        }
        for (FileReport f : files) {
            inputs.add(Path.of(f.path()));
        }
        return inputs;
    }

    /** Why {@code target} would replace one of {@code inputs}; empty when it would not. */
    public static Optional<String> clash(Path target, Collection<Path> inputs) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        for (Path input : inputs) {
            Path in = input.toAbsolutePath().normalize();
            if (in.equals(t) || Files.exists(t) && Files.exists(in) && Files.isSameFile(in, t)) {
                return Optional.of(t.getFileName() + " is one of the inputs; AuditLens never writes over an "
                        + "input: choose another name");
            }
        }
        return Optional.empty();
    }

    /** Why an export cannot be written at {@code target}, in one line; empty when it can be tried. */
    public static Optional<String> problem(Path target, Collection<Path> inputs) {
        Path t = target.toAbsolutePath().normalize();
        Path folder = t.getParent();
        try {
            Optional<String> clash = clash(t, inputs).or(() -> sidecarClash(t, inputs));
            if (clash.isPresent()) {
                return clash;
            }
        } catch (IOException e) {
            return Optional.of("cannot check " + t + " against the inputs: " + e.getMessage());
        }
        if (Files.isDirectory(t)) {
            return Optional.of(t + " is a folder: give the export a file name");
        }
        if (folder == null || !Files.exists(folder)) {
            return Optional.of("the folder " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            return Optional.of(folder + " is not a folder");
        }
        if (!Files.isWritable(folder)) {
            return Optional.of("cannot write to " + folder + ": permission denied");
        }
        return Optional.empty();
    }

    private static Optional<String> sidecarClash(Path target, Collection<Path> inputs) {
        try {
            return clash(EventExport.sidecarOf(target), inputs);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
