package io.auditlens.ui.window;

import java.nio.file.Path;

/** The window's title: the open case, the first input and how many more, and whether it is archive mode. */
final class WindowTitle {

    private WindowTitle() {
    }

    /** The title for {@code data} (null before a load) under the case called {@code caseName} (empty: unsaved). */
    static String of(LoadedData data, String caseName) {
        String title = caseName.isEmpty() ? "AuditLens" : "AuditLens — case " + caseName;
        if (data == null || data.inputs().isEmpty()) {
            return title;
        }
        Path first = data.inputs().get(0).getFileName();
        String more = data.inputs().size() > 1 ? " and " + (data.inputs().size() - 1) + " more" : "";
        return title + " — " + first + more + (data.archiveMode() ? " (archive mode)" : "");
    }
}
