package io.auditlens.engine;

import io.auditlens.task.CancelSignal;
import org.duckdb.DuckDBConnection;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Archive mode on the embedded DuckDB: queries read the index's Parquet files in place, on all cores. */
public final class DuckDbEngine implements QueryEngine {

    private static final long CANCEL_POLL_MS = 100;

    private final Connection db;
    private final String table;
    private final Object companionLock = new Object();
    private DuckDbEngine companion;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "auditlens-duckdb-cancel");
        t.setDaemon(true);
        return t;
    });

    private DuckDbEngine(Connection db, String table) {
        this.db = db;
        this.table = table;
    }

    /** Opens an engine over an index folder (checked by the caller with {@link IndexManifest#read}). */
    public static DuckDbEngine open(Path index) throws IndexException {
        return new DuckDbEngine(DuckDbConnections.open(), IndexTable.duckDb(index));
    }

    /** A second connection to the same in-process database: DuckDB runs statements of two connections side by side. */
    @Override
    public QueryEngine companion() throws IndexException {
        synchronized (companionLock) {
            if (companion == null) {
                companion = another();
            }
            return companion;
        }
    }

    /** A further connection to the same in-process database, closed by the caller. */
    @Override
    public DuckDbEngine another() throws IndexException {
        try {
            return new DuckDbEngine(db.unwrap(DuckDBConnection.class).duplicate(), table);
        } catch (SQLException e) {
            throw new IndexException("the index cannot be queried: " + DuckDbConnections.reason(e));
        }
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.DUCKDB;
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public void stream(String sql, CancelSignal cancel, Consumer<List<Object>> consumer) throws IndexException {
        run(cancel, st -> {
            try (ResultSet rs = st.executeQuery(sql)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        Object v = rs.getObject(i);
                        row.add(v instanceof Number num && !(v instanceof Double) ? (Object) num.longValue() : v);
                    }
                    consumer.accept(row);
                }
            }
        });
    }

    /** Runs a statement that returns no rows (ATTACH, CREATE TABLE ... AS), cancelled as {@link #stream} is. */
    void execute(String sql, CancelSignal cancel) throws IndexException {
        run(cancel, st -> st.execute(sql));
    }

    /** What runs on a statement of this engine's connection. */
    @FunctionalInterface
    private interface StatementWork {
        void run(Statement st) throws SQLException;
    }

    // One statement at a time on a connection: the window's counts come from several threads, and a DuckDB JDBC
    // connection is not meant for concurrent statements (table pages run on the companion's connection). A cancel
    // from another thread interrupts the running statement within CANCEL_POLL_MS rather than waiting for it to end.
    private synchronized void run(CancelSignal cancel, StatementWork work) throws IndexException {
        cancel.check();
        try (Statement st = db.createStatement()) {
            ScheduledFuture<?> watch = watcher.scheduleWithFixedDelay(() -> {
                if (cancel.isCancelled()) {
                    cancelQuietly(st);
                }
            }, CANCEL_POLL_MS, CANCEL_POLL_MS, TimeUnit.MILLISECONDS);
            try {
                work.run(st);
            } finally {
                watch.cancel(false);
            }
        } catch (SQLException e) {
            cancel.check();
            throw new IndexException("the index cannot be queried: " + DuckDbConnections.reason(e));
        }
    }

    private static void cancelQuietly(Statement st) {
        try {
            st.cancel();
        } catch (SQLException e) {
            // Nothing is running any more.
        }
    }

    @Override
    public void close() {
        synchronized (companionLock) {
            if (companion != null) {
                companion.close();
            }
        }
        watcher.shutdownNow();
        try {
            db.close();
        } catch (SQLException e) {
            // Closing an in-memory database loses nothing.
        }
    }
}
