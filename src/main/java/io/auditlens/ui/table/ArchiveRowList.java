package io.auditlens.ui.table;

import io.auditlens.engine.ArchivePages;
import io.auditlens.engine.ArchiveRow;
import io.auditlens.task.CancelSignal;
import io.auditlens.task.FailureReason;
import io.auditlens.ui.common.TaskRunner;
import javafx.collections.ObservableListBase;
import javafx.concurrent.Task;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The table's items in archive mode: positions 0..N-1 in the engine's sort order. A cell asking for a position
 * whose page is not here starts a background fetch of that page (LIMIT/OFFSET in the sort order) and reads as
 * empty until it arrives; only the last few pages are kept, so scrolling through millions of rows holds little.
 */
final class ArchiveRowList extends ObservableListBase<Integer> {

    static final int PAGE = 200;
    private static final int PAGES_KEPT = 16;

    private final ArchivePages pages;
    private final TaskRunner runner;
    private final Runnable arrived;
    private final Consumer<String> failed;
    private final CancelSignal cancel = new CancelSignal();
    private final Set<Long> fetching = new HashSet<>();
    private final Map<Long, List<ArchiveRow>> kept = new LinkedHashMap<>(PAGES_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<ArchiveRow>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private long fetches;

    /**
     * @param arrived called on the JavaFX thread when a page arrived, to redraw the cells
     * @param failed  told, on the JavaFX thread, why a page could not be fetched
     */
    ArchiveRowList(ArchivePages pages, TaskRunner runner, Runnable arrived, Consumer<String> failed) {
        this.pages = pages;
        this.runner = runner;
        this.arrived = arrived;
        this.failed = failed;
    }

    /** The event at a position, or null while its page is being fetched (a fetch is started if none is). */
    ArchiveRow row(int position) {
        long page = position / PAGE;
        List<ArchiveRow> rows = kept.get(page);
        if (rows == null) {
            fetch(page);
            return null;
        }
        int at = position - (int) (page * PAGE);
        return at < rows.size() ? rows.get(at) : null;
    }

    /**
     * Reads the JSON of the event at a position in the background (pages leave it out) and hands the completed row
     * to {@code done} on the JavaFX thread, unless {@code cancel} was raised meanwhile; the row is kept in its page,
     * so selecting it again reads nothing.
     */
    void withEventJson(int position, ArchiveRow row, CancelSignal cancel, Consumer<ArchiveRow> done) {
        Task<ArchiveRow> task = new Task<>() {
            @Override
            protected ArchiveRow call() throws Exception {
                return pages.withEventJson(row, cancel);
            }
        };
        task.setOnSucceeded(e -> {
            if (!cancel.isCancelled() && !this.cancel.isCancelled()) {
                List<ArchiveRow> page = kept.get((long) position / PAGE);
                int at = position % PAGE;
                if (page != null && at < page.size() && page.get(at) == row) {
                    page.set(at, task.getValue());
                }
                done.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (!cancel.isCancelled() && !this.cancel.isCancelled()) {
                failed.accept(FailureReason.of(task.getException()));
            }
        });
        runner.start(task);
    }

    /** How many pages were fetched from the engine so far. */
    long fetches() {
        return fetches;
    }

    /** Stops the fetches under way: a newer answer replaced this list. */
    void discard() {
        cancel.cancel();
    }

    private void fetch(long page) {
        if (!fetching.add(page) || cancel.isCancelled()) {
            return;
        }
        Task<List<ArchiveRow>> task = new Task<>() {
            @Override
            protected List<ArchiveRow> call() throws Exception {
                return pages.page(page * PAGE, PAGE, cancel);
            }
        };
        task.setOnSucceeded(e -> {
            fetching.remove(page);
            if (!cancel.isCancelled()) {
                fetches++;
                kept.put(page, new ArrayList<>(task.getValue()));
                arrived.run();
            }
        });
        task.setOnFailed(e -> {
            fetching.remove(page);
            if (!cancel.isCancelled()) {
                kept.put(page, List.of()); // shown empty rather than asked for again on every redraw
                failed.accept(FailureReason.of(task.getException()));
            }
        });
        runner.start(task);
    }

    @Override
    public Integer get(int index) {
        return index;
    }

    @Override
    public int size() {
        return (int) pages.size();
    }
}
