package io.auditlens.findings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules that run: the built-in Container Registry pack, then the user's rules from a folder. A user rule with a
 * built-in rule's id replaces it, and {@code enabled: false} switches one off. A rule file that cannot be used is
 * skipped and listed in {@link #problems()}; the other files still count.
 */
public record RuleCatalog(List<Rule> rules, List<RuleProblem> problems) {

    /** The resource holding the built-in pack. */
    static final String BUILT_IN = "container-registry-rules.yaml";
    /** The folder of user rules inside the configuration folder. */
    public static final String USER_FOLDER = "rules";

    public RuleCatalog {
        rules = List.copyOf(rules);
        problems = List.copyOf(problems);
    }

    /** The built-in pack alone. */
    public static RuleCatalog builtIn() {
        return new RuleCatalog(builtInRules(), List.of());
    }

    /** The built-in pack and the rules in the {@code rules} folder of a configuration folder (which may not exist). */
    public static RuleCatalog forConfigFolder(Path configFolder) {
        return withUserRules(configFolder.resolve(USER_FOLDER));
    }

    /** The built-in pack and the rule files directly in {@code folder}, read in name order; no folder, no user rules. */
    public static RuleCatalog withUserRules(Path folder) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule r : builtInRules()) {
            byId.put(r.id(), r);
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (Path file : ruleFiles(folder, problems)) {
            try (InputStream in = Files.newInputStream(file)) {
                RuleFile read = RuleReader.read(in, !file.getFileName().toString().toLowerCase().endsWith(".json"));
                read.disabled().forEach(byId::remove);
                for (Rule r : read.rules()) {
                    byId.remove(r.id()); // a replaced rule moves to where its replacement was read
                    byId.put(r.id(), r);
                }
            } catch (RuleFileException e) {
                problems.add(new RuleProblem(file, e.line(), e.getMessage()));
            } catch (IOException e) {
                problems.add(new RuleProblem(file, 0, "cannot be read: " + reason(e)));
            }
        }
        return new RuleCatalog(new ArrayList<>(byId.values()), problems);
    }

    /** The rule with this id. */
    public Optional<Rule> find(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static List<Path> ruleFiles(Path folder, List<RuleProblem> problems) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
            for (Path p : dir) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".") && RuleReader.isRuleFile(name) && Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            problems.add(new RuleProblem(folder, 0, "cannot be listed: " + reason(e)));
        }
        files.sort(null);
        return files;
    }

    private static List<Rule> builtInRules() {
        try (InputStream in = RuleCatalog.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in rules are missing from the program");
            }
            return RuleReader.read(in, true).rules();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuleFileException e) {
            throw new IllegalStateException("built-in rules, line " + e.line() + ": " + e.getMessage());
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }
}
