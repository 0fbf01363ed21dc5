package io.auditlens.views;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ViewStoreConcurrencyTest {

    @TempDir
    Path dir;

    private static Set<String> savedNames(ViewStore store) throws Exception {
        Set<String> names = new HashSet<>();
        store.load().saved().forEach(v -> names.add(v.name()));
        return names;
    }

    @Test
    void twoWindowsWorkingFromWhatTheyLoadedEarlierLoseNothing() throws Exception {
        try (ViewStore first = new ViewStore(dir); ViewStore second = new ViewStore(dir)) {
            first.save(SavedView.ofQuery("shared", "a"));
            // Each window now shows one saved view; neither list is current after the other's changes.
            assertEquals(first.load(), second.load());

            second.save(SavedView.ofQuery("from second", "b"));
            first.save(SavedView.ofQuery("from first", "c"));
            second.rename("shared", "renamed by second");
            first.duplicate("from second");
            second.delete("from first");

            assertEquals(Set.of("renamed by second", "from second", "from second copy"), savedNames(first));
            assertEquals(savedNames(first), savedNames(second));
        }
    }

    @Test
    void concurrentSavesFromThreadsOfTwoStoresAreAllKept() throws Exception {
        int threads = 8;
        int perThread = 15;
        Set<String> expected = new HashSet<>();
        try (ViewStore a = new ViewStore(dir); ViewStore b = new ViewStore(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                ViewStore store = t % 2 == 0 ? a : b;
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        store.save(SavedView.ofQuery("t" + thread + " v" + i, "q"));
                        if (i % 5 == 4) {
                            store.duplicate("t" + thread + " v" + i);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();

            for (int t = 0; t < threads; t++) {
                for (int i = 0; i < perThread; i++) {
                    expected.add("t" + t + " v" + i);
                    if (i % 5 == 4) {
                        expected.add("t" + t + " v" + i + " copy");
                    }
                }
            }
            assertEquals(expected, savedNames(a));
        }
        try (ViewStore later = new ViewStore(dir)) {
            assertEquals(expected.size(), later.load().saved().size());
        }
    }
}
