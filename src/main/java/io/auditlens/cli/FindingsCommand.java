package io.auditlens.cli;

import io.auditlens.engine.ArchiveFindings;
import io.auditlens.findings.FindingsSettings;
import io.auditlens.findings.Findings;
import io.auditlens.findings.Rule;
import io.auditlens.findings.RuleCatalog;
import io.auditlens.findings.RuleEngine;
import io.auditlens.findings.RuleProblem;
import io.auditlens.findings.Severity;
import io.auditlens.findings.WorkingHours;
import io.auditlens.ingest.LoadResult;
import io.auditlens.ingest.PartitionWindow;
import io.auditlens.query.EventTextUnavailableException;
import io.auditlens.query.SelectionEngine;
import io.auditlens.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code findings [--json] [--rules DIR] [--rule ID]... [--fail-on SEVERITY] [--engine ENGINE] FILES...}: runs the
 * built-in and the user's rules over the files (or, in archive mode, over an index) and lists what they found; with
 * {@code --fail-on}, exits 1 when a finding is that severe, for scheduled checks.
 */
@Command(name = "findings", mixinStandardHelpOptions = true,
        description = "Run the rules (the built-in Container Registry pack and your own) over the files and list "
                + "their findings.")
public final class FindingsCommand implements Callable<Integer> {

    /** Exit code: a finding at or above --fail-on exists. */
    static final int FAILED_CHECK = 1;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object (see docs/cli-json.md).")
    private boolean json;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Read user rules from this folder instead of the rules folder of the configuration folder.")
    private Path rulesFolder;

    @Option(names = "--rule", paramLabel = "ID", description = "Run only this rule (repeatable).")
    private List<String> only = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when a finding of this severity or higher exists: info, low, medium, high.")
    private Severity failOn;

    @Option(names = "--working-hours", paramLabel = "HOURS",
            description = "Working hours for off-hours rules, e.g. \"Mon-Fri 08:00-18:00 Europe/Berlin\" "
                    + "(default: findings.yaml in the configuration folder, else Mon-Fri 07:00-19:00 UTC).")
    private String workingHours;

    @Mixin
    private EngineOptions engine = new EngineOptions();

    @Parameters(arity = "1..*", paramLabel = "FILES",
            description = "Export files or folders; in archive mode, one index or archive folder.")
    private List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path config = ((AuditLensCommand) spec.root().userObject()).configFolder();
        WorkingHours hours = hours(config, err);
        List<Rule> rules = rules(config, err);
        if (engine.archiveMode(files)) {
            try (ArchiveMode archive = engine.open(files, err);
                 ArchiveFindings.Result found = archive.findings(rules, hours)) {
                return print(out, archive.load(), found.events().store(), found.indexed(), found.findings(), hours);
            }
        }
        LoadResult load = InputLoad.load(files, PartitionWindow.ALL, err);
        Findings findings;
        try {
            findings = new RuleEngine(hours).run(new SelectionEngine(load.store()), rules);
        } catch (EventTextUnavailableException e) {
            throw new Cli.InputException(e.getMessage());
        }
        return print(out, load, load.store(), load.store().size(), findings, hours);
    }

    /** Prints the findings; the exit code says whether the inputs loaded and whether --fail-on was met. */
    private int print(PrintWriter out, LoadResult load, EventStore store, long events, Findings findings,
                      WorkingHours hours) throws IOException {
        if (json) {
            FindingsJson.write(out, store, findings);
        } else {
            FindingsText.write(out, store, events, findings, hours);
        }
        int inputs = InputLoad.exitCode(load);
        if (inputs != Cli.OK) {
            return inputs;
        }
        return failOn != null && findings.anyAtLeast(failOn) ? FAILED_CHECK : Cli.OK;
    }

    private WorkingHours hours(Path config, PrintWriter err) {
        if (workingHours != null) {
            try {
                return WorkingHours.parse(workingHours);
            } catch (IllegalArgumentException e) {
                throw new Cli.UsageException("--working-hours: " + e.getMessage());
            }
        }
        FindingsSettings settings = FindingsSettings.load(config);
        settings.warning().ifPresent(w -> warn(err, w));
        return settings.workingHours();
    }

    private List<Rule> rules(Path config, PrintWriter err) {
        if (rulesFolder != null && !Files.isDirectory(rulesFolder)) {
            throw new Cli.UsageException("--rules: " + rulesFolder + " is not a folder");
        }
        RuleCatalog catalog = rulesFolder != null ? RuleCatalog.withUserRules(rulesFolder)
                : RuleCatalog.forConfigFolder(config);
        for (RuleProblem p : catalog.problems()) {
            warn(err, "rule file skipped: " + p.text());
        }
        if (only.isEmpty()) {
            return catalog.rules();
        }
        List<Rule> chosen = new ArrayList<>();
        for (String id : new java.util.LinkedHashSet<>(only)) {
            chosen.add(catalog.find(id.trim()).orElseThrow(() -> new Cli.UsageException("no rule with id \"" + id
                    + "\" (known: " + String.join(", ", catalog.rules().stream().map(Rule::id).toList()) + ")")));
        }
        return chosen;
    }

    private static void warn(PrintWriter err, String message) {
        err.println("auditlens: warning: " + Cli.oneLine(message));
        err.flush();
    }
}
