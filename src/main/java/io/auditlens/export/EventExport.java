package io.auditlens.export;

import io.auditlens.about.ProductInfo;
import io.auditlens.evidence.InputCheck;
import io.auditlens.files.AtomicFileWriter;
import io.auditlens.files.FileReplacement;
import io.auditlens.store.RawEvents.RawEventException;
import io.auditlens.task.CancelSignal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes an export and its provenance sidecar. The export is written to a temporary file and moved into place only
 * when complete, so a full disk or a cancel never leaves half a file under the final name; an input is never
 * overwritten.
 */
public final class EventExport {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String user;
    private final Clock clock;
    private final AtomicFileWriter writer;
    private final ProvenanceJson json = new ProvenanceJson();

    /** Exports in the name of the current operating-system user. */
    public EventExport() {
        this(System.getProperty("user.name", ""), Clock.systemUTC(), FileReplacement.atomicMove());
    }

    /** Exports in the name of {@code user}, at {@code clock}'s time, moving files into place with {@code replacement}. */
    public EventExport(String user, Clock clock, FileReplacement replacement) {
        this.user = user;
        this.clock = clock;
        this.writer = new AtomicFileWriter(replacement);
    }

    /** The sidecar of an export file. */
    public static Path sidecarOf(Path export) {
        return export.resolveSibling(export.getFileName() + Provenance.SUFFIX);
    }

    /**
     * Writes the export and then its sidecar.
     *
     * @throws ExportRefusedException when the export or its sidecar would replace an input
     * @throws java.util.concurrent.CancellationException when cancelled; nothing is left behind
     * @throws IOException when writing fails (the message says where); nothing is left under the final names
     */
    public Provenance write(ExportRequest request, ExportProgress progress, CancelSignal cancel)
            throws IOException, ExportRefusedException {
        Path target = request.target().toAbsolutePath().normalize();
        Path sidecar = sidecarOf(target);
        refuseInputs(request, target);
        refuseInputs(request, sidecar);
        ExportLines lines = request.format() == ExportFormat.CSV
                ? ExportLines.csv(request.store(), request.columns(), request.evidence())
                : ExportLines.ndjson(request.raw());
        MessageDigest whole = LineHashes.sha256();
        List<String> lineHashes = new ArrayList<>();
        List<String> eventHashes = new ArrayList<>();
        long[] size = new long[1];
        try {
            writer.write(target, out -> {
                DigestOutputStream digesting = new DigestOutputStream(out, whole);
                size[0] = writeLines(request, lines, digesting, lineHashes, eventHashes, progress, cancel);
            });
        } catch (AccessDeniedException e) {
            throw new IOException("cannot write to " + target.getParent() + ": permission denied");
        }
        Provenance provenance = new Provenance(Provenance.FORMAT, ProductInfo.current().version(),
                Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString(), user,
                InputCheck.recordOf(request.inputs()), request.selection(),
                request.format() == ExportFormat.CSV ? request.columns().stream().map(f -> f.key()).toList() : List.of(),
                request.rows().length, eventHashes, new ExportedFile(target.getFileName().toString(),
                request.format().key(), size[0], LineHashes.hex(whole), lineHashes));
        try {
            writer.write(sidecar, json.write(provenance));
        } catch (IOException e) {
            // An export without its provenance cannot be verified; do not leave one behind.
            Files.deleteIfExists(target);
            throw e;
        }
        return provenance;
    }

    private static long writeLines(ExportRequest request, ExportLines lines, OutputStream out, List<String> lineHashes,
                                   List<String> eventHashes, ExportProgress progress, CancelSignal cancel)
            throws IOException {
        byte[] end = lines.lineEnd().getBytes(StandardCharsets.UTF_8);
        long bytes = 0;
        String header = lines.header();
        if (header != null) {
            byte[] h = header.getBytes(StandardCharsets.UTF_8);
            byte[] withBom = new byte[BOM.length + h.length];
            System.arraycopy(BOM, 0, withBom, 0, BOM.length);
            System.arraycopy(h, 0, withBom, BOM.length, h.length);
            bytes += put(out, withBom, end, lineHashes);
        }
        int[] rows = request.rows();
        for (int i = 0; i < rows.length; i++) {
            if ((i & 1023) == 0) {
                cancel.check();
                progress.exported(i, rows.length);
            }
            try {
                bytes += put(out, lines.line(rows[i]).getBytes(StandardCharsets.UTF_8), end, lineHashes);
            } catch (RawEventException e) {
                throw new IOException(e.getMessage());
            }
            eventHashes.add(request.store().hash(rows[i]).hex());
        }
        progress.exported(rows.length, rows.length);
        return bytes;
    }

    private static long put(OutputStream out, byte[] line, byte[] end, List<String> lineHashes) throws IOException {
        out.write(line);
        out.write(end);
        lineHashes.add(LineHashes.ofLine(line, line.length));
        return line.length + end.length;
    }

    private static void refuseInputs(ExportRequest request, Path target) throws IOException, ExportRefusedException {
        Optional<String> clash = ExportTarget.clash(target, ExportTarget.inputsOf(request.store(), request.inputs()));
        if (clash.isPresent()) {
            throw new ExportRefusedException(clash.get());
        }
    }
}
