package io.auditlens.ingest;

import io.auditlens.task.CancelSignal;
import com.fasterxml.jackson.core.JsonFactory;
import io.auditlens.store.SourceFile;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The state of one load: files in order, their containers (plain, gzip, zip, Parquet archive), progress and the
 * merged store.
 */
final class LoadRun implements AutoCloseable {

    private static final long PROGRESS_INTERVAL_NANOS = 100_000_000L;

    private final List<InputFile> files;
    private final LoadListener listener;
    private final CancelSignal control;
    /** Bytes of JSON per event, a little under what real exports average, to size the store up front. */
    private static final int BYTES_PER_EVENT = 1000;

    private final StoreMerger merger;
    private final ParsePipeline pipeline;
    private final TextDocumentReader reader;
    private final List<SourceFile> sources = new ArrayList<>();
    private final SpoolLimits spoolLimits;
    /** The private copies by source id, to point each source at its copy's final place. */
    private final Map<Integer, RawSpool> copies = new HashMap<>();
    private final List<RawSpool> copiesOfThisFile = new ArrayList<>();
    private final long totalBytes;
    private long bytesBefore;
    private long lastProgress;
    private boolean staleSpoolsSwept;
    /** Started at the first Parquet input, if any. */
    private ParquetEngine parquet;
    /** Why the Parquet reader did not start, so later Parquet inputs get the same message without a retry. */
    private ParquetException parquetUnavailable;

    LoadRun(JsonFactory factory, int threads, List<InputFile> files, LoadListener listener, CancelSignal control,
            SpoolLimits spoolLimits) {
        this.files = files;
        this.spoolLimits = spoolLimits;
        this.listener = listener;
        this.control = control;
        long total = files.stream().mapToLong(f -> sizeOf(f.path())).sum();
        // Compressed inputs expand, so their events are not counted here; the columns then grow as needed.
        this.merger = new StoreMerger((int) Math.min(Integer.MAX_VALUE - 16, total / BYTES_PER_EVENT));
        this.pipeline = new ParsePipeline(threads, factory, merger);
        this.reader = new TextDocumentReader(pipeline, new JsonSequenceReader(factory));
        this.totalBytes = total;
    }

    /** Reads every file; {@code outsideWindow} is how many the load's archive window left out, for the result. */
    LoadResult execute(long started, int outsideWindow) throws InterruptedException {
        List<FileLoad> loads = new ArrayList<>();
        try {
            for (InputFile f : files) {
                control.check();
                FileLoad load = new FileLoad(f.path(), f.displayPath());
                loads.add(load);
                loadFile(f, load);
                bytesBefore += load.bytes;
            }
            pipeline.mergeAll();
            pipeline.close(); // the parsers' dictionaries go before the store is built
        } catch (CancellationException e) {
            settleCopies();
            deleteSpools();
            throw e;
        }
        settleCopies();
        listener.progress(new LoadProgress(totalBytes, totalBytes, merger.size(), ""));
        return new LoadResult(merger.build(sources), loads.stream().map(FileLoad::toReport).toList(),
                System.nanoTime() - started, outsideWindow);
    }

    private void loadFile(InputFile f, FileLoad load) throws InterruptedException {
        Path path = f.path();
        if (!Files.exists(path)) {
            load.fail("no such file or folder");
            return;
        }
        if (Files.isDirectory(path)) {
            load.fail("the folder holds no readable files");
            return;
        }
        load.bytes = sizeOf(path);
        try (HashingInput raw = new HashingInput(path, control, done -> progress(done, f))) {
            BufferedInputStream in = new BufferedInputStream(raw, TextDocumentReader.PEEK * 2);
            try {
                readContainer(f, load, in);
                reportFullCopies(load);
            } catch (IOException e) {
                reportFullCopies(load);
                load.fail("cannot be read past byte " + raw.consumed() + ": "
                        + LineRejections.describe(e));
            }
            load.sha256 = raw.finishDigest();
        } catch (IOException e) {
            load.fail("cannot be read: " + LineRejections.describe(e));
        }
    }

    private void readContainer(InputFile f, FileLoad load, BufferedInputStream in)
            throws IOException, InterruptedException {
        int magic = peekMagic(in);
        if (magic == GZIP_MAGIC) {
            try (RawSpool spool = newSpool(load.bytes)) {
                int sourceId = addSource(f, spool);
                DocumentContext doc = new DocumentContext(load, sourceId, null);
                FailSoftInputStream content = new FailSoftInputStream(new GZIPInputStream(in, 1 << 16));
                Utf16Text text = Utf16Text.of(new BufferedInputStream(content, 1 << 16));
                load.format = "gzip+" + text.prefix() + reader.read(doc, spooled(text.text(), spool), 0);
                content.throwIfFailed();
            }
        } else if (magic == PARQUET_MAGIC) {
            load.format = "parquet";
            readParquet(f, load, in);
        } else if (magic == ZIP_MAGIC) {
            load.format = "zip";
            readZip(f, load, in);
        } else {
            readPlain(f, load, in);
        }
        pipeline.mergeAll(); // so a failure of this file is reported after its good events are counted
    }

    /** Reads a file of text; UTF-16 is re-encoded into a private copy, so raw events are fetched as UTF-8. */
    private void readPlain(InputFile f, FileLoad load, BufferedInputStream in) throws IOException, InterruptedException {
        Utf16Text text = Utf16Text.of(in);
        if (!text.decoded()) {
            int sourceId = addSource(f, f.path(), false);
            load.format = reader.read(new DocumentContext(load, sourceId, null), in, 0);
            return;
        }
        try (RawSpool spool = newSpool(load.bytes)) {
            int sourceId = addSource(f, spool);
            load.format = text.prefix() + reader.read(new DocumentContext(load, sourceId, null),
                    spooled(text.text(), spool), 0);
        }
    }

    private void readZip(InputFile f, FileLoad load, InputStream in) throws IOException, InterruptedException {
        try (RawSpool spool = newSpool(load.bytes); ZipInputStream zip = new ZipInputStream(nonClosing(in))) {
            int sourceId = addSource(f, spool);
            int members = 0;
            ZipEntry entry;
            // A full copy ends the archive: inflating the rest only to skip it would cost the time a bomb asks for.
            while (spool.stopReason().isEmpty() && (entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory() || isHidden(entry.getName())) {
                    continue;
                }
                members++;
                DocumentContext doc = new DocumentContext(load, sourceId, entry.getName());
                BufferedInputStream member = new BufferedInputStream(nonClosing(zip), TextDocumentReader.PEEK * 2);
                FailSoftInputStream content = new FailSoftInputStream(
                        peekMagic(member) == GZIP_MAGIC ? new GZIPInputStream(member, 1 << 16) : member);
                Utf16Text text = Utf16Text.of(new BufferedInputStream(content, 1 << 16));
                reader.read(doc, spooled(text.text(), spool), spool.size());
                content.throwIfFailed();
            }
            if (members == 0) {
                load.fail("the zip archive holds no files");
            }
        }
    }

    /**
     * Reads an IBM Cloud Logs archive: each row's event JSON becomes one line of a raw spool, read as JSON Lines, so
     * rows are numbered like lines and events are the same as in any other format. {@code in} is only hashed,
     * in step with the rows, as the Parquet reader opens the file itself.
     */
    private void readParquet(InputFile f, FileLoad load, InputStream in) throws IOException, InterruptedException {
        try (ParquetEventRows rows = parquet().eventRows(f.path(), control, new HashPacer(in, load.bytes));
             RawSpool spool = newSpool(load.bytes)) {
            DocumentContext doc = new DocumentContext(load, addSource(f, spool), null);
            if (rows.total() == 0) {
                load.note("the archive holds no rows");
            }
            while (rows.hasNext()) {
                if (rows.nextIsRejected()) {
                    reader.rejectLine(doc, rows.takeRejection());
                } else {
                    FailSoftInputStream content = new FailSoftInputStream(rows.lines());
                    reader.readJsonLines(doc, spooled(content, spool), spool.size());
                    content.throwIfFailed();
                }
            }
        } catch (ParquetException e) {
            load.fail(e.getMessage());
        }
    }

    private ParquetEngine parquet() throws ParquetException {
        if (parquet == null && parquetUnavailable == null) {
            try {
                parquet = ParquetEngine.open();
            } catch (ParquetException e) {
                parquetUnavailable = e;
            }
        }
        if (parquet == null) {
            throw parquetUnavailable;
        }
        return parquet;
    }

    /**
     * A private copy for the decoded bytes of an input of {@code inputBytes}; the first of a load first removes
     * copies that dead processes left.
     */
    private RawSpool newSpool(long inputBytes) throws IOException {
        if (!staleSpoolsSwept) {
            StaleSpools.sweep(RawSpool.folders());
            staleSpoolsSwept = true;
        }
        return RawSpool.create(inputBytes, spoolLimits);
    }

    /** Fails the file whose copy ran out of room (its events up to there are kept). */
    private void reportFullCopies(FileLoad load) {
        for (RawSpool copy : copiesOfThisFile) {
            copy.stopReason().ifPresent(load::fail);
        }
        copiesOfThisFile.clear();
    }

    /** Points each source at where its copy ended up, as a copy may have moved from memory to disk. */
    private void settleCopies() {
        copies.forEach((id, copy) -> sources.set(id, withRawPath(sources.get(id), copy.path())));
    }

    private static SourceFile withRawPath(SourceFile s, Path rawPath) {
        return new SourceFile(s.id(), s.input(), s.displayPath(), rawPath, s.inputSize(), s.inputModified(),
                s.decompressedCopy());
    }

    private static boolean isHidden(String name) {
        return name.startsWith("__MACOSX/") || name.substring(name.lastIndexOf('/') + 1).startsWith(".");
    }

    private BufferedInputStream spooled(InputStream content, RawSpool spool) {
        return new BufferedInputStream(new SpoolingInputStream(content, spool), TextDocumentReader.PEEK * 2);
    }

    private int addSource(InputFile f, RawSpool copy) {
        int id = addSource(f, copy.path(), true);
        copies.put(id, copy);
        copiesOfThisFile.add(copy);
        return id;
    }

    private int addSource(InputFile f, Path rawPath, boolean decompressed) {
        int id = sources.size();
        sources.add(new SourceFile(id, f.path(), f.displayPath(), rawPath, sizeOf(f.path()), modified(f.path()),
                decompressed));
        return id;
    }

    /** Typical size ratio of decompressed to compressed JSON events, to size temp space. */
    static final int EXPANSION = 10;
    private static final int GZIP_MAGIC = 1;
    private static final int ZIP_MAGIC = 2;
    private static final int PARQUET_MAGIC = 3;

    private static int peekMagic(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] b = in.readNBytes(4);
        in.reset();
        if (b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
            return GZIP_MAGIC;
        }
        if (b.length == 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return ZIP_MAGIC;
        }
        if (b.length == 4 && b[0] == 'P' && b[1] == 'A' && b[2] == 'R' && b[3] == '1') {
            return PARQUET_MAGIC;
        }
        return 0;
    }

    private void progress(long fileBytes, InputFile f) {
        long now = System.nanoTime();
        if (now - lastProgress >= PROGRESS_INTERVAL_NANOS) {
            lastProgress = now;
            listener.progress(new LoadProgress(bytesBefore + fileBytes, totalBytes, merger.size(), f.displayPath()));
        }
    }

    private void deleteSpools() {
        for (SourceFile s : sources) {
            if (s.decompressedCopy()) {
                try {
                    Files.deleteIfExists(s.rawPath());
                } catch (IOException e) {
                    // deleteOnExit still removes it
                }
            }
        }
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the zip stream is closed once, after its last member
            }
        };
    }

    private static long sizeOf(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        pipeline.close();
        if (parquet != null) {
            parquet.close();
        }
    }
}
