package io.auditlens.bench;

import io.auditlens.ingest.LoadResult;
import io.auditlens.ingest.Loader;

import java.nio.file.Path;
import java.util.List;

/** Prints the heap a loaded store keeps: used heap after full collections, with the store still referenced. */
public final class RetainedHeap {

    private RetainedHeap() {
    }

    public static void main(String[] args) throws InterruptedException {
        LoadResult result = new Loader().load(List.of(Path.of(args[0])));
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        System.out.printf("events=%d retained heap=%.0f MB%n", result.store().size(), used / 1048576.0);
    }
}
