package io.auditlens.ingest;

import com.fasterxml.jackson.core.JsonFactory;

import java.util.ArrayDeque;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Parses line chunks on worker threads and merges their batches into the store strictly in submission order,
 * so duplicates and line numbers come out as if the input had been read on one thread. A fixed pool of chunk
 * buffers bounds memory: the reader waits for a free buffer when parsing falls behind. A pool of parsers, one per
 * worker, holds their dictionaries, so that {@link #close()} lets them and the buffers go before the store is built.
 */
final class ParsePipeline implements AutoCloseable {

    /**
     * Size of a pooled chunk buffer; larger lines get a buffer of their own. A little under 8 MiB, because the heap
     * gives an array this large whole regions of its own, and 8 MiB plus the array's header would take one more.
     */
    static final int CHUNK_SIZE = (8 << 20) - 64;

    private final ExecutorService workers;
    private final BlockingQueue<LineChunkParser> parsers;
    private final BlockingQueue<byte[]> buffers;
    private final ArrayDeque<Future<EventBatch>> pending = new ArrayDeque<>();
    private final StoreMerger merger;

    ParsePipeline(int threads, JsonFactory factory, StoreMerger merger) {
        this.merger = merger;
        this.workers = Executors.newFixedThreadPool(threads, daemonThreads());
        this.parsers = new ArrayBlockingQueue<>(threads);
        for (int i = 0; i < threads; i++) {
            parsers.add(new LineChunkParser(factory));
        }
        int bufferCount = threads * 2 + 2;
        this.buffers = new ArrayBlockingQueue<>(bufferCount);
        for (int i = 0; i < bufferCount; i++) {
            buffers.add(new byte[CHUNK_SIZE]);
        }
    }

    /** A free chunk buffer, waiting for a worker to release one if needed. */
    byte[] takeBuffer() throws InterruptedException {
        return buffers.take();
    }

    /** Hands {@code buf[from, to)} (whole lines) to a worker; a pooled buffer goes back to the pool afterwards. */
    void submit(DocumentContext doc, byte[] buf, int from, int to, long rawBase) {
        submitTask(buf, () -> withParser(p -> p.parse(doc, buf, from, to, rawBase)));
    }

    /** Hands {@code buf[from, to)} (whole elements of a JSON array, see {@link ArrayElementScan}) to a worker. */
    void submitElements(DocumentContext doc, byte[] buf, int from, int to, long rawBase) {
        submitTask(buf, () -> withParser(p -> p.parseElements(doc, buf, from, to, rawBase)));
    }

    /** Runs a parse with a parser of the pool; there are as many as workers, so one is always free. */
    private EventBatch withParser(Function<LineChunkParser, EventBatch> parse) throws InterruptedException {
        LineChunkParser parser = parsers.take();
        try {
            return parse.apply(parser);
        } finally {
            parsers.add(parser);
        }
    }

    // Package-private so a test can hand it a parse that fails the way a full heap does.
    void submitTask(byte[] buf, Callable<EventBatch> parse) {
        pending.add(workers.submit(() -> {
            try {
                return parse.call();
            } finally {
                release(buf);
            }
        }));
        mergeDone();
    }

    /** Returns a buffer to the pool when it is a pooled one. */
    void release(byte[] buf) {
        if (buf.length == CHUNK_SIZE) {
            buffers.offer(buf);
        }
    }

    /** Merges a batch made on the reading thread, after everything submitted before it. */
    void mergeInOrder(EventBatch batch) throws InterruptedException {
        mergeAll();
        merger.merge(batch);
    }

    /** Waits for every submitted chunk and merges it. */
    void mergeAll() throws InterruptedException {
        while (!pending.isEmpty()) {
            mergeHead();
        }
    }

    private void mergeDone() {
        try {
            while (!pending.isEmpty() && pending.peek().isDone()) {
                mergeHead();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void mergeHead() throws InterruptedException {
        try {
            merger.merge(pending.poll().get());
        } catch (ExecutionException e) {
            // Running out of memory in a parser thread is the user's to fix (a larger heap), so it travels as
            // itself, to the one place that says so; anything else a line throws is caught by the parser, and
            // reaching here is a bug worth surfacing.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("parsing a chunk failed", e.getCause());
        }
    }

    @Override
    public void close() {
        pending.forEach(f -> f.cancel(true));
        workers.shutdownNow();
        // Once every batch is merged nothing else refers to the parsers' dictionaries or the chunk buffers.
        parsers.clear();
        buffers.clear();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "auditlens-parse-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
