package io.auditlens.engine;

import io.auditlens.task.CancelSignal;

import java.util.List;
import java.util.function.Consumer;

/** An engine lent out as {@link QueryEngine#another}: its statements go to the lender, which closing it leaves open. */
final class SharedEngine implements QueryEngine {

    private final QueryEngine lender;

    SharedEngine(QueryEngine lender) {
        this.lender = lender;
    }

    @Override
    public SqlDialect dialect() {
        return lender.dialect();
    }

    @Override
    public String table() {
        return lender.table();
    }

    @Override
    public void stream(String sql, CancelSignal cancel, Consumer<List<Object>> consumer) throws IndexException {
        lender.stream(sql, cancel, consumer);
    }

    @Override
    public void close() {
        // The lender stays open for its owner.
    }
}
