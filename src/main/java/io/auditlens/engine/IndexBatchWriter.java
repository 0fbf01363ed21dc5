package io.auditlens.engine;

import io.auditlens.task.CancelSignal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the index files of one batch of archive partitions: the embedded DuckDB or Spark. {@link ArchiveIndexer}
 * decides what is new, forms the batches and keeps the manifest, so an index has one layout whichever wrote it.
 */
public interface IndexBatchWriter extends AutoCloseable {

    /** Opens a writer for one run of {@link ArchiveIndexer}. */
    @FunctionalInterface
    interface Opener {
        IndexBatchWriter open() throws IndexException;
    }

    /**
     * Indexes the files of a batch into {@code out}, partitioned by {@link IndexColumn#DAY}, naming every file it
     * writes {@code id_*.parquet}; duplicates are dropped within the batch, first copy in load order kept.
     *
     * @param sources the batch's archive partitions, in path order
     * @param files   each partition's files, in path order
     * @return per archive partition, in the order given, its load reports and events written
     */
    List<IndexManifest.SourcePartition> write(String id, List<String> sources, Map<String, List<Path>> files,
                                              Path out, CancelSignal cancel) throws IndexException;

    @Override
    void close() throws IndexException;
}
