package io.auditlens.export;

import io.auditlens.evidence.CaseFileFormatException;
import io.auditlens.evidence.CaseStore;
import io.auditlens.evidence.Evidence;
import io.auditlens.evidence.LabelFilter;
import io.auditlens.ingest.LoadResult;
import io.auditlens.ingest.Loader;
import io.auditlens.query.EventTextUnavailableException;
import io.auditlens.query.Selection;
import io.auditlens.query.SelectionEngine;
import io.auditlens.query.SelectionResult;
import io.auditlens.store.EventStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an export against its provenance sidecar: re-hashes the export (naming the lines that changed), finds and
 * re-hashes its inputs (naming those changed or missing), and re-runs the selection on them (saying how many events
 * more or fewer it gives now).
 */
public final class ExportVerifier {

    /** Changed lines named one by one up to this many; a wholesale change is summarised. */
    private static final int MAX_LINES_NAMED = 10;

    private final ProvenanceJson json = new ProvenanceJson();

    /**
     * Verifies an export.
     *
     * @param sources a folder where moved inputs (and the case) may be found by name and SHA-256
     * @throws ProvenanceException when the sidecar is missing or cannot be read
     */
    public VerifyReport verify(Path export, Optional<Path> sources) throws IOException, ProvenanceException {
        Path sidecar = EventExport.sidecarOf(export);
        Provenance p;
        try {
            p = json.read(Files.readAllBytes(sidecar));
        } catch (NoSuchFileException e) {
            throw new ProvenanceException("no provenance file " + sidecar.getFileName() + " beside the export");
        }
        List<String> differences = new ArrayList<>(exportDifferences(export, p.export()));
        SourceFinder finder = new SourceFinder(sources);
        List<Path> found = new ArrayList<>();
        boolean allFound = true;
        for (var input : p.inputs()) {
            SourceFinder.Located at = finder.locate(input);
            if (at.path().isEmpty()) {
                differences.add("input " + input.path() + " is missing" + (sources.isPresent()
                        ? " (not at its recorded path, and no file of that name under " + sources.get()
                        + " has SHA-256 " + input.sha256() + ")" : " (give --sources DIR if it was moved)"));
                allFound = false;
            } else {
                if (!at.unchanged()) {
                    differences.add("input " + input.path() + " changed: SHA-256 was " + input.sha256() + ", is "
                            + at.sha256Now());
                }
                found.add(at.path().get());
            }
        }
        if (allFound) {
            differences.addAll(selectionDifferences(p, found, finder));
        }
        return new VerifyReport(p, differences);
    }

    private static List<String> exportDifferences(Path export, ExportedFile recorded) throws IOException {
        if (!Files.isRegularFile(export)) {
            return List.of("export " + export + " is missing");
        }
        if (FileSha256.of(export).equalsIgnoreCase(recorded.sha256())) {
            return List.of();
        }
        List<String> lines = lines(Files.readAllBytes(export));
        List<Integer> changed = new ArrayList<>();
        int common = Math.min(lines.size(), recorded.lineSha256().size());
        for (int i = 0; i < common; i++) {
            if (!LineHashes.ofLine(lines.get(i)).equals(recorded.lineSha256().get(i))) {
                changed.add(i + 1);
            }
        }
        List<String> out = new ArrayList<>();
        if (!changed.isEmpty()) {
            List<String> named = changed.stream().limit(MAX_LINES_NAMED).map(String::valueOf).toList();
            out.add("export changed: line" + (changed.size() == 1 ? " " : "s ") + String.join(", ", named)
                    + (changed.size() > MAX_LINES_NAMED ? " and " + (changed.size() - MAX_LINES_NAMED) + " more" : "")
                    + " differ" + (changed.size() == 1 ? "s" : "") + " from the exported text");
        }
        int extra = lines.size() - recorded.lineSha256().size();
        if (extra != 0) {
            out.add("export changed: it has " + Math.abs(extra) + " line" + (Math.abs(extra) == 1 ? "" : "s")
                    + (extra > 0 ? " more" : " fewer") + " than exported (" + recorded.lineSha256().size() + ")");
        }
        if (out.isEmpty()) {
            out.add("export changed: its SHA-256 is no longer " + recorded.sha256() + " (line ends or the byte "
                    + "order mark differ)");
        }
        return out;
    }

    // Lines as written: split at "\n", a CSV's "\r" dropped; the final line end does not start another line.
    private static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            out.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            start = nl < 0 ? text.length() : nl + 1;
        }
        return out;
    }

    private static List<String> selectionDifferences(Provenance p, List<Path> inputs, SourceFinder finder)
            throws IOException, ProvenanceException {
        Selection selection = SelectionRecord.toSelection(p.selection());
        Evidence evidence = Evidence.none();
        List<String> out = new ArrayList<>();
        if (p.selection().caseFile() != null) {
            Optional<Path> caseFile = finder.caseFile(p.selection().caseFile());
            if (caseFile.isEmpty()) {
                return List.of("case " + p.selection().caseFile() + " is missing, so the selection cannot be re-run");
            }
            try (CaseStore store = new CaseStore(caseFile.get())) {
                evidence = Evidence.of(store.read());
            } catch (CaseFileFormatException e) {
                return List.of("case " + caseFile.get() + " cannot be read (" + e.getMessage() + ")");
            }
        }
        if (p.selection().label() != null) {
            selection = LabelFilter.apply(selection, p.selection().label());
        }
        LoadResult load = new Loader().load(inputs);
        EventStore store = load.store();
        SelectionResult result;
        try {
            result = new SelectionEngine(store).evaluate(selection, evidence.onRows(store));
        } catch (EventTextUnavailableException e) {
            return List.of("the selection cannot be re-run: " + e.getMessage());
        }
        Set<String> now = new HashSet<>();
        for (int row : result.sortedRows(io.auditlens.query.EventField.TIME, false)) {
            now.add(store.hash(row).hex());
        }
        Set<String> then = new HashSet<>(p.eventHashes());
        long more = now.stream().filter(h -> !then.contains(h)).count();
        long fewer = then.stream().filter(h -> !now.contains(h)).count();
        if (more > 0) {
            out.add("the selection now gives " + more + " more event" + (more == 1 ? "" : "s")
                    + " than were exported");
        }
        if (fewer > 0) {
            out.add("the selection now gives " + fewer + " fewer event" + (fewer == 1 ? "" : "s")
                    + ": exported events no longer selected");
        }
        if (p.eventCount() != p.eventHashes().size()) {
            out.add("the provenance file lists " + p.eventHashes().size() + " event hashes for " + p.eventCount()
                    + " events");
        }
        return out;
    }
}
