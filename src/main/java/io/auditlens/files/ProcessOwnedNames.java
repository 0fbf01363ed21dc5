package io.auditlens.files;

import java.util.Optional;

/**
 * Names of temporary files and folders that carry the id of the process that made them ({@code STEM<pid>-...}),
 * so that a later process can tell what a killed one left behind from what a running one still uses.
 */
public final class ProcessOwnedNames {

    private ProcessOwnedNames() {
    }

    /** The name prefix for what this process makes under {@code stem}. */
    public static String prefixForThisProcess(String stem) {
        return stem + ProcessHandle.current().pid() + "-";
    }

    /** The process id in a name made under {@code stem}; empty for names of another form (such as older versions'). */
    public static Optional<Long> ownerOf(String name, String stem) {
        if (!name.startsWith(stem)) {
            return Optional.empty();
        }
        int end = name.indexOf('-', stem.length());
        if (end < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(name.substring(stem.length(), end)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the name carries the id of a process other than this one that is no longer running. */
    public static boolean isLeftBehind(String name, String stem) {
        Optional<Long> owner = ownerOf(name, stem);
        return owner.isPresent() && owner.get() != ProcessHandle.current().pid()
                && !ProcessHandle.of(owner.get()).map(ProcessHandle::isAlive).orElse(false);
    }
}
