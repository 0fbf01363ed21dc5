package io.auditlens.spark;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Drops the rows that copy an event earlier in load order (their copy number, in the given column, above 1) and
 * counts them per file for the load reports, in the same pass as the index is written. Each task sends its counts
 * under its partition number, so a task that Spark runs again is counted once.
 */
final class LaterCopies implements MapPartitionsFunction<Row, Row> {

    /** One task's counts: dropped copies per file number. */
    record Counts(int partition, Map<Integer, Long> perFile) implements Serializable {
    }

    private final int copyColumn;
    private final int fileColumn;
    private final CollectionAccumulator<Counts> counts;

    LaterCopies(int copyColumn, int fileColumn, CollectionAccumulator<Counts> counts) {
        this.copyColumn = copyColumn;
        this.fileColumn = fileColumn;
        this.counts = counts;
    }

    /** The counts of every task, once per partition. */
    CollectionAccumulator<Counts> counts() {
        return counts;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        int partition = TaskContext.getPartitionId();
        Map<Integer, Long> perFile = new HashMap<>();
        return new Iterator<>() {
            private Row next;
            private boolean reported;

            @Override
            public boolean hasNext() {
                while (next == null && rows.hasNext()) {
                    Row r = rows.next();
                    if (r.getInt(copyColumn) > 1) {
                        perFile.merge(r.getInt(fileColumn), 1L, Long::sum);
                    } else {
                        next = r;
                    }
                }
                if (next == null && !reported) {
                    reported = true;
                    counts.add(new Counts(partition, Map.copyOf(perFile)));
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row r = next;
                next = null;
                return r;
            }
        };
    }
}
