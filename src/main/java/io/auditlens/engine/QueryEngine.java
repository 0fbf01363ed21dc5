package io.auditlens.engine;

import io.auditlens.task.CancelSignal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An SQL engine archive mode runs on: the embedded DuckDB, or Spark. It runs statements written by
 * {@link ArchiveQueries} in its dialect over the index table it names, and returns small results as values.
 */
public interface QueryEngine extends AutoCloseable {

    /** The dialect the engine reads. */
    SqlDialect dialect();

    /** The index as a table expression in that dialect. */
    String table();

    /**
     * The rows of a statement, each a list of its column values as Java values (Long, String or null); a statement
     * that fails or is cancelled raises an {@link IndexException} whose message is for the user.
     */
    default List<List<Object>> rows(String sql, CancelSignal cancel) throws IndexException {
        List<List<Object>> out = new ArrayList<>();
        stream(sql, cancel, out::add);
        return out;
    }

    /** Hands the rows of a statement to a consumer as they arrive, for results too large to hold. */
    void stream(String sql, CancelSignal cancel, Consumer<List<Object>> consumer) throws IndexException;

    /**
     * An engine over the same index whose statements do not wait for this one's, so a table page is not held up by
     * a long count; closed with this engine. This engine itself when it has no second way in.
     */
    default QueryEngine companion() throws IndexException {
        return this;
    }

    /**
     * An engine over the same index on a connection of its own, for long work (the rules) that must hold up neither
     * counts nor pages; the caller closes it, which leaves this engine open. When this engine has no second way in,
     * it is shared, and closing the returned one does nothing.
     */
    default QueryEngine another() throws IndexException {
        return new SharedEngine(this);
    }

    @Override
    void close();
}
