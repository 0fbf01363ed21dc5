package io.auditlens.engine;

import java.nio.file.Path;

/** Makes a {@link QueryEngine} that lives in another jar (Spark); found with {@link java.util.ServiceLoader}. */
public interface QueryEngineProvider {

    /** The name given to {@code --engine}. */
    String name();

    /** Opens the engine over an index folder; {@code master} may be null for the engine's default. */
    QueryEngine open(Path index, String master) throws IndexException;

    /** Opens the engine's index writer, for {@code index --engine}; {@code master} may be null. */
    IndexBatchWriter openIndexWriter(String master) throws IndexException;
}
