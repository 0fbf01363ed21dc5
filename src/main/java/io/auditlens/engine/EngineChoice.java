package io.auditlens.engine;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Which engine archive mode runs on: {@code duckdb} (embedded, the default) or {@code spark} (a master URL such as
 * {@code local[2]} or {@code spark://host:7077}). Spark's {@link QueryEngineProvider} is found only when it and
 * Spark are on the class path (the {@code auditlens-spark.jar} build run by {@code spark-submit}), so the desktop
 * jar carries no Spark.
 *
 * @param engine the engine's name
 * @param master the Spark master URL; null for DuckDB and for Spark's own default
 */
public record EngineChoice(String engine, String master) {

    private static final String SPARK_PROVIDER = "io.auditlens.spark.SparkEngine$Provider";

    public EngineChoice {
        engine = engine == null ? "duckdb" : engine.toLowerCase(Locale.ROOT);
    }

    /** Opens the engine over an index folder. */
    public QueryEngine open(Path index) throws IndexException {
        return duckDb() ? DuckDbEngine.open(index) : spark().open(index, master);
    }

    /** The indexer writing with this engine, for {@code index --engine}. */
    public ArchiveIndexer indexer() throws IndexException {
        if (duckDb()) {
            return new ArchiveIndexer();
        }
        QueryEngineProvider spark = spark();
        return new ArchiveIndexer(() -> spark.openIndexWriter(master));
    }

    private boolean duckDb() throws IndexException {
        if (engine.equals("duckdb")) {
            if (master != null) {
                throw new IndexException("--master is for --engine spark; DuckDB runs inside AuditLens");
            }
            return true;
        }
        if (engine.equals("spark")) {
            return false;
        }
        throw new IndexException("--engine must be duckdb or spark, not '" + engine + "'");
    }

    private static QueryEngineProvider spark() throws IndexException {
        QueryEngineProvider spark = sparkProvider();
        if (spark == null) {
            throw new IndexException("--engine spark needs Spark on the class path: run auditlens-spark.jar with "
                    + "spark-submit (see docs/scale-out.md); this build has the embedded DuckDB engine only");
        }
        return spark;
    }

    // Looked up by name: the desktop build has neither this class nor Spark.
    private static QueryEngineProvider sparkProvider() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, EngineChoice.class.getClassLoader());
            return (QueryEngineProvider) Class.forName(SPARK_PROVIDER).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
