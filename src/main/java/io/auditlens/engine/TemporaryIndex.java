package io.auditlens.engine;

import io.auditlens.files.TemporaryFolders;
import java.io.IOException;
import java.nio.file.Path;

/** An index built for one session of archive mode on an archive folder, in the temp folder, deleted afterwards. */
public final class TemporaryIndex {

    private static final String STEM = "auditlens-index-";

    private TemporaryIndex() {
    }

    /**
     * A new, not yet existing index folder inside a fresh temporary folder named after this process, so that the next
     * process deletes it if this one is killed before {@link #delete}.
     */
    public static Path create() throws IOException {
        return TemporaryFolders.createForThisProcess(STEM).resolve("index");
    }

    /** Deletes the temporary folder holding {@code index} (made by {@link #create}); null does nothing. */
    public static void delete(Path index) {
        if (index != null) {
            TemporaryFolders.deleteQuietly(index.getParent());
        }
    }
}
