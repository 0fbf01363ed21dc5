package io.auditlens.evidence;

import io.auditlens.store.EventHash;

import java.nio.file.Path;
import java.util.List;

/** A separate program that labels event after event in a case, saying "ok N" once label N is saved; killed by a test. */
public final class CaseWriterProcess {

    private CaseWriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (CaseStore store = new CaseStore(Path.of(args[0]))) {
            for (int i = 0; ; i++) {
                store.label(List.of(new EventHash(7, i)), "Evidence");
                store.note(List.of(new EventHash(7, i)), "note " + i + " " + "x".repeat(2000));
                System.out.println("ok " + i);
                System.out.flush();
            }
        }
    }
}
