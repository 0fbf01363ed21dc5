package io.auditlens.engine;

import io.auditlens.ingest.FileReport;
import io.auditlens.task.CancelSignal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Builds an index from an IBM Cloud Logs archive, a batch of archive partitions ({@code dt=} folders) at a time,
 * each batch written by an {@link IndexBatchWriter} (the embedded DuckDB, or Spark) as Parquet partitioned by
 * event day. Partitions already indexed with the same files are kept, so a second run only reads what is new.
 */
public final class ArchiveIndexer {

    /** What one run did. */
    public record Outcome(IndexManifest manifest, int partitionsAdded, int partitionsKept, long eventsAdded) {
    }

    /** Told after each archive partition. */
    public interface Progress {
        void partitionDone(String source, int done, int total, long events);
    }

    /*
     * Archive partitions are loaded together up to this many bytes of files: a load per small dt= folder would spend
     * more time starting loads than reading, and memory holds one batch at a time.
     */
    private static final long BATCH_BYTES = 256L << 20;

    private final IndexBatchWriter.Opener opener;

    /** An indexer writing with the embedded DuckDB. */
    public ArchiveIndexer() {
        this(DuckDbBatchWriter::open);
    }

    /** An indexer writing with the given engine (Spark's writer lives in auditlens-spark.jar). */
    public ArchiveIndexer(IndexBatchWriter.Opener opener) {
        this.opener = opener;
    }

    /** Indexes what is new in {@code archive} into {@code out}, creating it if needed. */
    public Outcome build(Path archive, Path out, Progress progress, CancelSignal cancel) throws IndexException {
        if (!Files.isDirectory(archive)) {
            throw new IndexException(archive + ": not a folder; an archive is a folder of dt=YYYY-MM-DD folders");
        }
        Map<String, List<Path>> partitions = partitions(archive);
        if (partitions.isEmpty()) {
            throw new IndexException(archive + ": holds no files to index");
        }
        IndexManifest previous = existing(out, archive);
        Map<String, IndexManifest.SourcePartition> kept = unchanged(previous, partitions, out);
        TreeMap<String, IndexManifest.SourcePartition> sources = new TreeMap<>(kept);
        long events = 0;
        int added = 0;
        try (IndexBatchWriter writer = opener.open()) {
            List<String> batch = new ArrayList<>();
            long batchBytes = 0;
            for (Map.Entry<String, List<Path>> p : partitions.entrySet()) {
                if (kept.containsKey(p.getKey())) {
                    continue;
                }
                batch.add(p.getKey());
                batchBytes += bytes(p.getValue());
                if (batchBytes >= BATCH_BYTES) {
                    events += indexBatch(writer, batch, partitions, out, sources, cancel);
                    added += batch.size();
                    progress.partitionDone(batch.get(batch.size() - 1), kept.size() + added, partitions.size(), events);
                    // The manifest follows every batch, so a cancelled run keeps what it finished.
                    write(new IndexManifest(IndexManifest.VERSION, archive.toString(), List.copyOf(sources.values())),
                            out);
                    batch.clear();
                    batchBytes = 0;
                }
            }
            if (!batch.isEmpty()) {
                events += indexBatch(writer, batch, partitions, out, sources, cancel);
                added += batch.size();
                progress.partitionDone(batch.get(batch.size() - 1), kept.size() + added, partitions.size(), events);
            }
        }
        IndexManifest manifest = new IndexManifest(IndexManifest.VERSION, archive.toString(),
                List.copyOf(sources.values()));
        write(manifest, out);
        return new Outcome(manifest, added, kept.size(), events);
    }

    private static long indexBatch(IndexBatchWriter writer, List<String> batch, Map<String, List<Path>> partitions,
                                   Path out, Map<String, IndexManifest.SourcePartition> sources, CancelSignal cancel)
            throws IndexException {
        cancel.check();
        String id = "src_" + sha256(String.join("\n", batch)).substring(0, 16);
        long events = 0;
        for (IndexManifest.SourcePartition done : writer.write(id, List.copyOf(batch), partitions, out, cancel)) {
            sources.put(done.source(), done);
            events += done.events();
        }
        return events;
    }

    /**
     * The partitions indexed before whose files are unchanged. Partitions are indexed in batches sharing their files,
     * so a batch is kept whole, or its files are removed and all its partitions indexed again.
     */
    private static Map<String, IndexManifest.SourcePartition> unchanged(IndexManifest previous,
            Map<String, List<Path>> partitions, Path out) throws IndexException {
        Map<String, IndexManifest.SourcePartition> kept = new TreeMap<>();
        if (previous == null) {
            return kept;
        }
        Map<String, Boolean> batchIntact = new TreeMap<>();
        for (IndexManifest.SourcePartition old : previous.sources()) {
            List<Path> now = partitions.get(old.source());
            batchIntact.merge(old.id(), now != null && sameFiles(old, now), Boolean::logicalAnd);
        }
        for (IndexManifest.SourcePartition old : previous.sources()) {
            if (batchIntact.get(old.id())) {
                kept.put(old.source(), old);
            }
        }
        for (Map.Entry<String, Boolean> batch : batchIntact.entrySet()) {
            if (!batch.getValue()) {
                deleteFiles(out, batch.getKey());
            }
        }
        return kept;
    }

    private static long bytes(List<Path> files) {
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.size(f);
            } catch (IOException e) {
                // The load reports the file; its size only steers batching.
            }
        }
        return total;
    }

    /** Files grouped by their archive partition: the path up to the dt= folder, or "" outside any. */
    static Map<String, List<Path>> partitions(Path archive) throws IndexException {
        Map<String, List<Path>> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(archive)) {
            List<Path> files = walk.filter(Files::isRegularFile).filter(p -> !hidden(archive.relativize(p)))
                    .sorted().toList();
            for (Path file : files) {
                out.computeIfAbsent(sourceOf(archive.relativize(file)), k -> new ArrayList<>()).add(file);
            }
        } catch (IOException | RuntimeException e) {
            throw new IndexException(archive + ": cannot be listed: " + DuckDbConnections.reason(e));
        }
        return out;
    }

    private static String sourceOf(Path relative) {
        StringBuilder prefix = new StringBuilder();
        for (Path part : relative) {
            prefix.append(prefix.length() == 0 ? "" : "/").append(part);
            if (part.toString().startsWith("dt=")) {
                return prefix.toString();
            }
        }
        return "";
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static IndexManifest existing(Path out, Path archive) throws IndexException {
        if (!Files.exists(out)) {
            return null;
        }
        if (!Files.isDirectory(out)) {
            throw new IndexException(out + ": exists and is not a folder");
        }
        if (IndexManifest.isIndex(out)) {
            return IndexManifest.read(out);
        }
        try (Stream<Path> entries = Files.list(out)) {
            if (entries.findAny().isPresent()) {
                throw new IndexException(out + ": is not empty and holds no index; name an empty or new folder");
            }
        } catch (IOException e) {
            throw new IndexException(out + ": cannot be listed: " + DuckDbConnections.reason(e));
        }
        if (out.toAbsolutePath().normalize().startsWith(archive.toAbsolutePath().normalize())) {
            throw new IndexException(out + ": is inside the archive; put the index elsewhere");
        }
        return null;
    }

    // Path and size tell a grown partition (a new hour) from the one indexed, without hashing every file again.
    private static boolean sameFiles(IndexManifest.SourcePartition old, List<Path> files) {
        if (old.files().size() != files.size()) {
            return false;
        }
        for (int i = 0; i < files.size(); i++) {
            FileReport r = old.files().get(i);
            try {
                if (!r.path().equals(files.get(i).toString()) || r.bytes() != Files.size(files.get(i))) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static void deleteFiles(Path out, String id) throws IndexException {
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(f -> f.getFileName().toString().startsWith(id + "_")).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new IndexException(out + ": an outdated part of the index cannot be removed: "
                    + DuckDbConnections.reason(e));
        }
    }

    private static void write(IndexManifest manifest, Path out) throws IndexException {
        try {
            Files.createDirectories(out);
            manifest.write(out);
        } catch (IOException e) {
            throw new IndexException(out + ": the index manifest cannot be written: " + DuckDbConnections.reason(e));
        }
    }

    static String sqlPath(Path p) {
        return SqlDialect.DUCKDB.literal(p.toAbsolutePath().toString());
    }

    /** The UTC day of an event time, the index's partition value. */
    static String day(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
