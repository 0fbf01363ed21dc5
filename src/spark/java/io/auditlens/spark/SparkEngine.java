package io.auditlens.spark;

import io.auditlens.engine.IndexBatchWriter;
import io.auditlens.engine.IndexException;
import io.auditlens.engine.QueryEngine;
import io.auditlens.engine.QueryEngineProvider;
import io.auditlens.engine.SqlDialect;
import io.auditlens.task.CancelSignal;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Archive mode on Spark: the index's Parquet files become a temporary view and the statements run as Spark SQL,
 * locally ({@code local[2]}) or on the cluster a master URL names.
 */
public final class SparkEngine implements QueryEngine {

    /** The view the statements read. */
    static final String VIEW = "auditlens_index";

    private final SparkSession spark;
    private final SparkSessions.Started session;

    private SparkEngine(SparkSessions.Started session) {
        this.spark = session.spark();
        this.session = session;
    }

    /** Finds this engine for {@code --engine spark}. */
    public static final class Provider implements QueryEngineProvider {
        @Override
        public String name() {
            return "spark";
        }

        @Override
        public QueryEngine open(Path index, String master) throws IndexException {
            return SparkEngine.open(index, master);
        }

        @Override
        public IndexBatchWriter openIndexWriter(String master) throws IndexException {
            return SparkIndexWriter.open(master);
        }
    }

    /** Starts (or joins, under spark-submit) a session and reads the index. */
    public static SparkEngine open(Path index, String master) throws IndexException {
        SparkSessions.Started started = SparkSessions.start(master, "AuditLens archive mode");
        try {
            started.spark().read().option("basePath", index.toString()).option("pathGlobFilter", "*.parquet")
                    .parquet(index.toString())
                    .createOrReplaceTempView(VIEW);
            return new SparkEngine(started);
        } catch (Exception | LinkageError e) { // Scala code throws checked exceptions undeclared
            started.stop();
            throw new IndexException("the index cannot be read on Spark: " + SparkSessions.reason(e));
        }
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.SPARK;
    }

    @Override
    public String table() {
        return VIEW;
    }

    @Override
    public void stream(String sql, CancelSignal cancel, Consumer<List<Object>> consumer) throws IndexException {
        cancel.check();
        String group = UUID.randomUUID().toString();
        spark.sparkContext().setJobGroup(group, "AuditLens query", true);
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (cancel.isCancelled()) {
                    spark.sparkContext().cancelJobGroup(group);
                    return;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "auditlens-spark-cancel");
        watcher.setDaemon(true);
        watcher.start();
        try {
            Iterator<Row> rows = spark.sql(sql).toLocalIterator();
            while (rows.hasNext()) {
                Row row = rows.next();
                List<Object> values = new ArrayList<>(row.length());
                for (int i = 0; i < row.length(); i++) {
                    Object v = row.get(i);
                    values.add(v instanceof Number n && !(v instanceof Double) ? (Object) n.longValue() : v);
                }
                consumer.accept(values);
            }
        } catch (Exception e) { // Scala code throws checked exceptions undeclared
            cancel.check();
            throw new IndexException("the index cannot be queried on Spark: " + SparkSessions.reason(e));
        } finally {
            watcher.interrupt();
            spark.sparkContext().clearJobGroup();
        }
    }

    @Override
    public void close() {
        session.stop();
    }
}
