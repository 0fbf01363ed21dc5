package io.auditlens.spark;

import io.auditlens.engine.IndexException;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Starts the Spark session AuditLens runs on, or joins the one {@code spark-submit} made, the same way for
 * queries and for indexing. A master that cannot be reached fails within seconds rather than waiting for executors.
 */
final class SparkSessions {

    /** A session and whether AuditLens started it (and so stops it). */
    record Started(SparkSession spark, boolean own) {
        void stop() {
            if (own) {
                spark.stop();
            }
        }
    }

    private static final int CONNECT_TIMEOUT_MS = 3000;

    private SparkSessions() {
    }

    /** The active session under spark-submit, else a new one on {@code master} ({@code local[2]} when null). */
    static Started start(String master, String appName) throws IndexException {
        if (master != null) {
            checkReachable(master);
        }
        boolean existing = SparkSession.getActiveSession().isDefined();
        try {
            SparkSession.Builder builder = SparkSession.builder().appName(appName)
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "8");
            if (master != null) {
                builder.master(master);
            } else if (!existing) {
                builder.master("local[2]");
            }
            return new Started(builder.getOrCreate(), !existing);
        } catch (Exception | LinkageError e) { // Scala code throws checked exceptions undeclared
            throw new IndexException("Spark did not start" + (master == null ? "" : " with master " + master) + ": "
                    + reason(e));
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

    /** The first line of the deepest cause's message: Spark's wrappers repeat it with their own names. */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
