package io.auditlens.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.auditlens.ingest.FileReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What an index holds, kept beside its Parquet files as {@value #FILE}: the format version and, per archive
 * partition indexed, the load report of its files, so archive mode reports the inputs exactly as a load would.
 *
 * @param version  the index layout version; an index of another version is refused, not misread
 * @param archive  the archive the index was built from, as named when it was built
 * @param sources  the archive partitions indexed, in path order
 */
public record IndexManifest(int version, String archive, List<SourcePartition> sources) {

    /** The manifest's file name inside the index folder. */
    public static final String FILE = "auditlens-index.json";
    /** The layout this AuditLens writes and reads. */
    public static final int VERSION = 2;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public IndexManifest {
        sources = List.copyOf(sources);
    }

    /**
     * One archive partition (a {@code dt=} folder, or the files outside any) and what indexing it gave.
     *
     * @param source the folder relative to the archive ("" for files outside any {@code dt=} folder)
     * @param id     the stem of the index files written for it
     * @param files  the load report of each of its files, in path order
     * @param events the events written
     */
    public record SourcePartition(String source, String id, List<FileReport> files, long events) {
        public SourcePartition {
            files = List.copyOf(files);
        }
    }

    /** Every input file's report, in path order. */
    public List<FileReport> files() {
        List<FileReport> out = new ArrayList<>();
        sources.forEach(s -> out.addAll(s.files()));
        return out;
    }

    /** Whether a folder holds an index (its manifest). */
    public static boolean isIndex(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE));
    }

    /** Reads an index's manifest; an unreadable, foreign or other-version one is refused with a reason. */
    public static IndexManifest read(Path folder) throws IndexException {
        Path file = folder.resolve(FILE);
        JsonNode tree;
        try {
            tree = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IndexException(folder + ": the index manifest " + FILE + " cannot be read: "
                    + firstLine(e.getMessage()));
        }
        int version = tree == null || !tree.path("version").canConvertToInt() ? -1 : tree.path("version").asInt();
        if (version != VERSION) {
            throw new IndexException(folder + ": this index has layout version " + (version < 0 ? "unknown" : version)
                    + " and this AuditLens reads version " + VERSION + "; build it again with 'auditlens index'"
                    + " into an empty folder");
        }
        try {
            return JSON.treeToValue(tree, IndexManifest.class);
        } catch (IOException e) {
            throw new IndexException(folder + ": the index manifest " + FILE + " is damaged: "
                    + firstLine(e.getMessage()));
        }
    }

    /** Writes the manifest atomically (temp file + move), so a crash never leaves half a manifest. */
    public void write(Path folder) throws IOException {
        Path temp = folder.resolve(FILE + ".tmp");
        JSON.writeValue(temp.toFile(), this);
        Files.move(temp, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown reason";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
