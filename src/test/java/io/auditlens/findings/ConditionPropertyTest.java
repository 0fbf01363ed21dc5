package io.auditlens.findings;

import io.auditlens.query.SelectionEngine;
import io.auditlens.store.EventStore;
import io.auditlens.testdata.EventJson;
import io.auditlens.testdata.TestInputs;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each condition kind against a brute-force reading of its definition (every window, every earlier event, no index
 * or one-pass trick), on random small exports with ties in time and events missing the key.
 */
class ConditionPropertyTest {

    /** One generated event; {@code null} fields are left out of the JSON. */
    record Ev(int minute, String action, String outcome, String initiator, String ip, String digest) {
    }

    /** A query as the engine reads it and the same test written as a predicate. */
    record Q(String text, Predicate<Ev> test) {
        @Override
        public String toString() {
            return text;
        }
    }

    private static final List<Q> QUERIES = List.of(
            new Q("outcome:failure", e -> e.outcome().equals("failure")),
            new Q("action:image.pull", e -> e.action().equals("image.pull")),
            new Q("action:image.push OR action:image.delete", e -> !e.action().equals("image.pull")),
            new Q("-outcome:failure", e -> !e.outcome().equals("failure")),
            new Q("", e -> true));

    @Provide
    Arbitrary<List<Ev>> events() {
        Arbitrary<Ev> ev = Combinators.combine(Arbitraries.integers().between(0, 120),
                Arbitraries.of("image.pull", "image.push", "image.delete"), Arbitraries.of("success", "failure"),
                Arbitraries.of("ana", "bob", "carl", "").map(s -> s.isEmpty() ? null : s + "@example.com"),
                Arbitraries.of("192.0.2.1", "192.0.2.2", "192.0.2.3", ""),
                Arbitraries.of("a", "b", "c", "")).as((m, a, o, i, ip, d) -> new Ev(m, a, o, i,
                ip.isEmpty() ? null : ip, d.isEmpty() ? null : "sha256:" + d.repeat(64)));
        return ev.list().ofMinSize(0).ofMaxSize(40);
    }

    @Provide
    Arbitrary<Q> queries() {
        return Arbitraries.of(QUERIES);
    }

    @Property(tries = 30)
    void matchFindsEachMatchingEvent(@ForAll("events") List<Ev> events, @ForAll("queries") Q q) throws Exception {
        Rule rule = rule(new Condition.Match(RuleQuery.parse(q.text()), false));
        List<String> expected = new ArrayList<>();
        for (int i : timeOrder(events)) {
            if (q.test().test(events.get(i))) {
                expected.add("null " + List.of(i));
            }
        }
        assertEquals(expected, run(events, rule));
    }

    @Property(tries = 50)
    void thresholdMergesEveryQualifyingWindow(@ForAll("events") List<Ev> events, @ForAll("queries") Q q,
                                             @ForAll @IntRange(min = 1, max = 5) int count,
                                             @ForAll @IntRange(min = 0, max = 30) int windowMinutes) throws Exception {
        Rule rule = rule(new Condition.Threshold(RuleQuery.parse(q.text()), KeySpec.of("initiator"), count,
                Duration.ofMinutes(windowMinutes)));
        List<int[]> found = new ArrayList<>();
        for (String who : List.of("ana@example.com", "bob@example.com", "carl@example.com")) {
            List<Integer> g = new ArrayList<>();
            for (int i : timeOrder(events)) {
                if (q.test().test(events.get(i)) && who.equals(events.get(i).initiator())) {
                    g.add(i);
                }
            }
            // Every qualifying window, merged while they share an event.
            List<int[]> windows = new ArrayList<>();
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + count - 1; j < g.size(); j++) {
                    if (events.get(g.get(j)).minute() - events.get(g.get(i)).minute() <= windowMinutes) {
                        windows.add(new int[]{i, j});
                    }
                }
            }
            windows.sort(Comparator.comparingInt((int[] w) -> w[0]).thenComparingInt(w -> w[1]));
            int[] cur = null;
            for (int[] w : windows) {
                if (cur != null && w[0] <= cur[1]) {
                    cur[1] = Math.max(cur[1], w[1]);
                } else {
                    if (cur != null) {
                        found.add(rows(g, cur));
                    }
                    cur = w.clone();
                }
            }
            if (cur != null) {
                found.add(rows(g, cur));
            }
        }
        assertEquals(ordered(events, found, true), run(events, rule));
    }

    @Property(tries = 50)
    void firstSeenFlagsNewPairsAfterLearning(@ForAll("events") List<Ev> events, @ForAll("queries") Q q,
                                             @ForAll @IntRange(min = 0, max = 60) int learningMinutes)
            throws Exception {
        Rule rule = rule(new Condition.FirstSeen(RuleQuery.parse(q.text()), KeySpec.of("initiator"),
                KeySpec.of("ip"), Duration.ofMinutes(learningMinutes)));
        int start = events.stream().mapToInt(Ev::minute).min().orElse(0);
        List<Integer> order = timeOrder(events);
        List<int[]> found = new ArrayList<>();
        for (int p = 0; p < order.size(); p++) {
            Ev e = events.get(order.get(p));
            if (!q.test().test(e) || e.initiator() == null || e.ip() == null || e.minute() < start + learningMinutes) {
                continue;
            }
            boolean seen = false;
            for (int earlier = 0; earlier < p; earlier++) {
                Ev o = events.get(order.get(earlier));
                seen |= q.test().test(o) && e.initiator().equals(o.initiator()) && e.ip().equals(o.ip());
            }
            if (!seen) {
                found.add(new int[]{order.get(p)});
            }
        }
        assertEquals(ordered(events, found, true), run(events, rule));
    }

    @Property(tries = 80)
    void sequencePairsEachThenWithTheLatestUnbrokenFirst(@ForAll("events") List<Ev> events,
                                                         @ForAll("queries") Q first, @ForAll("queries") Q then,
                                                         @ForAll("queries") Q unless, @ForAll boolean withUnless,
                                                         @ForAll @IntRange(min = 0, max = 40) int windowMinutes)
            throws Exception {
        Rule rule = rule(new Condition.Sequence(RuleQuery.parse(first.text()), RuleQuery.parse(then.text()),
                KeySpec.of("digest"), Duration.ofMinutes(windowMinutes),
                withUnless ? RuleQuery.parse(unless.text()) : null));
        List<Integer> order = timeOrder(events);
        List<int[]> found = new ArrayList<>();
        for (int py = 0; py < order.size(); py++) {
            Ev y = events.get(order.get(py));
            if (!then.test().test(y) || y.digest() == null) {
                continue;
            }
            int best = -1;
            for (int px = 0; px < py; px++) {
                Ev x = events.get(order.get(px));
                if (!first.test().test(x) || !y.digest().equals(x.digest()) || y.minute() - x.minute() > windowMinutes) {
                    continue;
                }
                boolean broken = false;
                for (int pu = px + 1; pu < py && withUnless; pu++) {
                    Ev u = events.get(order.get(pu));
                    broken |= unless.test().test(u) && y.digest().equals(u.digest());
                }
                if (!broken) {
                    best = px;
                }
            }
            if (best >= 0) {
                found.add(new int[]{order.get(best), order.get(py)});
            }
        }
        assertEquals(ordered(events, found, false), run(events, rule));
    }

    private static int[] rows(List<Integer> group, int[] window) {
        int[] out = new int[window[1] - window[0] + 1];
        for (int k = 0; k < out.length; k++) {
            out[k] = group.get(window[0] + k);
        }
        return out;
    }

    /** Findings written as the engine's are compared: key, then the event indices, in the engine's order. */
    private static List<String> ordered(List<Ev> events, List<int[]> found, boolean keyByInitiator) {
        List<int[]> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((int[] f) -> events.get(f[0]).minute()).thenComparingInt(f -> f[0])
                .thenComparingInt(f -> events.get(f[f.length - 1]).minute()).thenComparingInt(f -> f[f.length - 1]));
        List<String> out = new ArrayList<>();
        for (int[] f : sorted) {
            Ev e = events.get(f[0]);
            List<Integer> rows = new ArrayList<>();
            for (int r : f) {
                rows.add(r);
            }
            out.add((keyByInitiator ? e.initiator() : e.digest()) + " " + rows);
        }
        return out;
    }

    /** Event indices in time order, ties in load order. */
    private static List<Integer> timeOrder(List<Ev> events) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> events.get(i).minute()));
        return order;
    }

    private static Rule rule(Condition c) {
        return new Rule("under-test", "Under test", Severity.LOW, "", c);
    }

    private static List<String> run(List<Ev> events, Rule rule) throws Exception {
        Path dir = Files.createTempDirectory("conditions");
        try {
            Instant start = Instant.parse("2026-03-02T10:00:00Z");
            List<EventJson> json = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                Ev e = events.get(i);
                EventJson j = EventJson.at(start.plusSeconds(60L * e.minute()).toString(), e.action())
                        .outcome(e.outcome()).message("e" + i);
                if (e.initiator() != null) {
                    j.initiator(e.initiator(), null);
                }
                if (e.ip() != null) {
                    j.ip(e.ip());
                }
                if (e.digest() != null) {
                    j.image("us.icr.io/team/app:1", e.digest());
                }
                json.add(j);
            }
            EventStore store = TestInputs.loadEvents(dir, json).store();
            Findings findings = new RuleEngine(WorkingHours.DEFAULT).run(new SelectionEngine(store), List.of(rule));
            List<String> out = new ArrayList<>();
            for (Finding f : findings.results().get(0).hits()) {
                List<Integer> rows = new ArrayList<>();
                for (int r : f.rows()) {
                    rows.add(r); // rows are in load order, which is the generation order here
                }
                out.add(f.key() + " " + rows);
            }
            return out;
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
