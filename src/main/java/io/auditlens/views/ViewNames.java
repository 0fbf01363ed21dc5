package io.auditlens.views;

import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules for view names: what is a valid name, when two names clash, and how new names are made. */
final class ViewNames {

    /** Longest name accepted; a sidebar shows far less, but a pasted title should not be refused. */
    static final int MAX_LENGTH = 200;

    private static final Pattern COPY_SUFFIX = Pattern.compile("(.+?) copy(?: \\d+)?");
    private static final Pattern IMPORTED_SUFFIX = Pattern.compile("(.+?) \\(imported(?: \\d+)?\\)");

    private ViewNames() {
    }

    /** Why a name cannot be used, or empty when it can (after stripping surrounding blanks). */
    static Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("a view needs a name");
        }
        String n = name.strip();
        if (n.length() > MAX_LENGTH) {
            return Optional.of("a view name can have at most " + MAX_LENGTH + " characters");
        }
        // A line break or tab would split the one-line listings of the command line and the sidebar.
        if (n.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("a view name cannot contain line breaks, tabs or other control characters");
        }
        return Optional.empty();
    }

    /** The name stripped of surrounding blanks; throws {@link IllegalArgumentException} when it is not valid. */
    static String requireValid(String name) {
        Optional<String> problem = problem(name);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return name.strip();
    }

    /** Whether two names denote the same view: names are compared ignoring case. */
    static boolean same(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }

    /** "X copy", then "X copy 2", ...; a copy of "X copy" is "X copy 2" rather than "X copy copy". */
    static String copyName(String source, Predicate<String> taken) {
        Matcher m = COPY_SUFFIX.matcher(source);
        String base = m.matches() ? m.group(1) : source;
        return firstFree(taken, n -> fit(base, n == 1 ? " copy" : " copy " + n));
    }

    /** "X (imported)", then "X (imported 2)", ... for an imported view whose name is taken. */
    static String importedName(String name, Predicate<String> taken) {
        return firstFree(taken, n -> fit(name, n == 1 ? " (imported)" : " (imported " + n + ")"));
    }

    /** Whether {@code candidate} is {@code original} itself or a name {@link #importedName} made from it. */
    static boolean isImportOf(String candidate, String original) {
        if (same(candidate, original)) {
            return true;
        }
        Matcher m = IMPORTED_SUFFIX.matcher(candidate);
        return m.matches() && same(m.group(1), original);
    }

    /** "X (2)", "X (3)", ... for a name met twice in one file. */
    static String numberedName(String name, Predicate<String> taken) {
        return firstFree(taken, n -> fit(name, " (" + (n + 1) + ")"));
    }

    private static String firstFree(Predicate<String> taken, IntFunction<String> candidate) {
        for (int n = 1; ; n++) {
            String c = candidate.apply(n);
            if (!taken.test(c)) {
                return c;
            }
        }
    }

    // Shortens the base so that a suffixed name stays valid.
    private static String fit(String base, String suffix) {
        int room = MAX_LENGTH - suffix.length();
        String b = base.length() > room ? base.substring(0, room).strip() : base;
        return b + suffix;
    }
}
