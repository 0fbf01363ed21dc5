package io.auditlens.views;

import java.nio.file.Path;

/**
 * A second running copy of AuditLens for {@link ViewStoreAcrossProcessesTest}: saves views named PREFIX 0 .. N-1
 * in a folder, after telling its parent it is ready. Only tests start it.
 */
public final class SavingProcess {

    private SavingProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        try (ViewStore store = new ViewStore(folder)) {
            store.load();
            System.out.println("ready");
            System.out.flush();
            for (int i = 0; i < count; i++) {
                store.save(SavedView.ofQuery(prefix + " " + i, "q"));
            }
        }
    }
}
