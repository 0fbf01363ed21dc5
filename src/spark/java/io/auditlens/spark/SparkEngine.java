package io.auditlens.spark;

import io.auditlens.engine.IndexException;
import io.auditlens.engine.QueryEngine;
import io.auditlens.engine.QueryEngineProvider;
import io.auditlens.engine.SqlDialect;
import io.auditlens.task.CancelSignal;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Archive mode on Spark: the index's Parquet files become a temporary view and the statements run as Spark SQL,
 * locally ({@code local[2]}) or on the cluster a master URL names. Only this class touches Spark.
 */
public final class SparkEngine implements QueryEngine {

    /** The view the statements read. */
    static final String VIEW = "auditlens_index";

    private static final int CONNECT_TIMEOUT_MS = 3000;

    private final SparkSession spark;
    private final boolean ownSession;

    private SparkEngine(SparkSession spark, boolean ownSession) {
        this.spark = spark;
        this.ownSession = ownSession;
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
    }

    /**
     * Starts (or joins, under spark-submit) a session and reads the index. A master that cannot be reached fails
     * within seconds rather than waiting for executors.
     */
    public static SparkEngine open(Path index, String master) throws IndexException {
        if (master != null) {
            checkReachable(master);
        }
        boolean existing = SparkSession.getActiveSession().isDefined();
        try {
            SparkSession.Builder builder = SparkSession.builder().appName("AuditLens archive mode")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "8");
            if (master != null) {
                builder.master(master);
            } else if (!existing) {
                builder.master("local[2]");
            }
            SparkSession spark = builder.getOrCreate();
            spark.read().option("basePath", index.toString()).option("pathGlobFilter", "*.parquet")
                    .parquet(index.toString())
                    .createOrReplaceTempView(VIEW);
            return new SparkEngine(spark, !existing);
        } catch (Exception | LinkageError e) { // Scala code throws checked exceptions undeclared
            throw new IndexException("Spark did not start" + (master == null ? "" : " with master " + master) + ": "
                    + reason(e));
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
            throw new IndexException("the index cannot be queried on Spark: " + reason(e));
        } finally {
            watcher.interrupt();
            spark.sparkContext().clearJobGroup();
        }
    }

    @Override
    public void close() {
        if (ownSession) {
            spark.stop();
        }
    }

    /*
     * Spark's standalone client retries an unreachable master for a minute and more before it gives up, so a
     * spark:// master is first tried directly, for a prompt answer.
     */
    private static void checkReachable(String master) throws IndexException {
        if (!master.startsWith("spark://")) {
            return;
        }
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            int colon = hostPort.lastIndexOf(':');
            String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            int port;
            try {
                port = colon < 0 ? 7077 : Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IndexException("the Spark master " + master + " has no valid port");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
                return;
            } catch (IOException e) {
                // try the next master of the list
            }
        }
        throw new IndexException("the Spark master " + master + " cannot be reached (no answer within "
                + CONNECT_TIMEOUT_MS / 1000 + " s); is it running, and is the port open?");
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
