package io.auditlens.bench;

import io.auditlens.findings.Rule;
import io.auditlens.findings.RuleCatalog;
import io.auditlens.findings.RuleEngine;
import io.auditlens.findings.WorkingHours;
import io.auditlens.ingest.Loader;
import io.auditlens.query.SelectionEngine;
import io.auditlens.store.EventStore;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints the CPU time each built-in rule takes over a file's events, one rule at a time on this thread: a figure
 * that a busy machine does not inflate the way it inflates wall-clock time. The best of five rounds after two warm-ups.
 */
public final class RuleCpuTime {

    private RuleCpuTime() {
    }

    public static void main(String[] args) {
        EventStore store = new Loader().load(List.of(Path.of(args[0]))).store();
        SelectionEngine engine = new SelectionEngine(store);
        engine.timeOrder();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        RuleEngine rules = new RuleEngine(WorkingHours.DEFAULT);
        long total = 0;
        for (Rule rule : RuleCatalog.builtIn().rules()) {
            long best = Long.MAX_VALUE;
            int hits = 0;
            for (int round = 0; round < 7; round++) {
                long start = cpu.getCurrentThreadCpuTime();
                hits = rules.run(engine, List.of(rule)).total();
                long spent = cpu.getCurrentThreadCpuTime() - start;
                if (round >= 2) {
                    best = Math.min(best, spent);
                }
            }
            total += best;
            System.out.printf("%-34s %8.1f ms CPU  %,9d findings%n", rule.id(), best / 1e6, hits);
        }
        System.out.printf("%-34s %8.1f ms CPU over %,d events%n", "all built-in rules", total / 1e6, store.size());
    }
}
