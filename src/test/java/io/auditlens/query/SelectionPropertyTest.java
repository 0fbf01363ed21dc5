package io.auditlens.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.auditlens.event.EventTime;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;
import io.auditlens.testdata.RandomAuditData;
import io.auditlens.timeline.DigestList;
import io.auditlens.timeline.DigestSummary;
import io.auditlens.timeline.DigestTimeline;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * On random stores and many random selections, every figure the engine gives equals a brute-force scan: the
 * matching rows, every facet's disjunctive counts, sorted rows, the histogram, the digest list and a digest's
 * timeline.
 */
class SelectionPropertyTest {

    /** One random question: a selection and how to look at its result. */
    record Probe(Selection selection, EventField sortBy, boolean descending, BucketSize bucket, String digest) {
    }

    private static final List<Facet> PICKABLE = List.of(Facet.REGION, Facet.GEO, Facet.ACTION, Facet.CATEGORY,
            Facet.OUTCOME, Facet.SEVERITY, Facet.INITIATOR, Facet.NAMESPACE, Facet.REPOSITORY, Facet.STATUS, Facet.TAG);

    @Property(tries = 40)
    void engineAgreesWithBruteForce(@ForAll long seed,
                                    @ForAll @Size(min = 3, max = 6) List<@From("probes") Probe> probes)
            throws IOException {
        Path dir = Files.createTempDirectory("auditlens-prop");
        try {
            EventStore store = new RandomAuditData(seed).load(dir, 150).store();
            SelectionEngine engine = new SelectionEngine(store);
            BruteForceSelection brute = new BruteForceSelection(store);
            for (Probe p : probes) {
                check(engine, brute, p);
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static void check(SelectionEngine engine, BruteForceSelection brute, Probe p) {
        Selection s = p.selection();
        String about = "selection " + s.queryText() + " picks " + s.picks() + " range " + s.range();
        SelectionResult r = engine.evaluate(s);
        List<Integer> expectedRows = brute.rows(s, null);
        assertEquals(expectedRows, r.rows().bits().stream().boxed().toList(), about);
        Set<Facet> counted = new LinkedHashSet<>(Facet.PANEL);
        counted.addAll(s.picks().keySet());
        counted.add(Facet.GEO);
        counted.add(Facet.TAG);
        for (Facet f : counted) {
            assertEquals(brute.facet(s, f), asMap(r.facet(f)), about + " facet " + f);
        }
        assertEquals(brute.sorted(s, p.sortBy(), p.descending()),
                Arrays.stream(r.sortedRows(p.sortBy(), p.descending())).boxed().toList(), about + " by " + p.sortBy());
        Histogram h = r.histogram(p.bucket());
        assertEquals(brute.histogram(s, p.bucket()), asMap(h), about + " by " + p.bucket());
        EventStore store = engine.store();
        assertEquals(bruteDigests(store, expectedRows), DigestList.of(store, r.rows()).digests(), about + " digests");
        assertEquals(bruteTimeline(store, expectedRows, p.digest()),
                Arrays.stream(DigestTimeline.of(store, p.digest(), r.rows()).rows()).boxed().toList(),
                about + " timeline of " + p.digest());
    }

    private static Map<String, Long> asMap(FacetCounts counts) {
        Map<String, Long> out = new TreeMap<>();
        counts.entries().forEach(e -> out.put(e.value(), e.count()));
        return out;
    }

    private static Map<String, Long> asMap(Histogram h) {
        Map<String, Long> out = new TreeMap<>();
        for (int b = 0; b < h.buckets(); b++) {
            for (int series = 0; series < h.outcomes().size(); series++) {
                if (h.count(series, b) > 0) {
                    out.put(h.start(b) + "/" + h.outcomes().get(series), h.count(series, b));
                }
            }
        }
        return out;
    }

    private static List<DigestSummary> bruteDigests(EventStore store, List<Integer> rows) {
        Map<String, List<Integer>> byDigest = new TreeMap<>();
        for (int row : rows) {
            String d = store.value(EventColumn.DIGEST, row);
            if (d != null) {
                byDigest.computeIfAbsent(d, k -> new ArrayList<>()).add(row);
            }
        }
        List<DigestSummary> out = new ArrayList<>();
        Comparator<String> text = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());
        byDigest.forEach((digest, rs) -> {
            Comparator<Integer> latest = Comparator.<Integer>comparingLong(store::time).thenComparingInt(r -> r);
            String repository = rs.stream().filter(r -> store.value(EventColumn.REPOSITORY, r) != null).max(latest)
                    .map(r -> store.value(EventColumn.REPOSITORY, r)).orElse(null);
            String status = rs.stream().filter(r -> store.value(EventColumn.STATUS, r) != null).max(latest)
                    .map(r -> store.value(EventColumn.STATUS, r)).orElse(null);
            List<String> tags = distinctSorted(rs.stream().map(r -> store.value(EventColumn.TAG, r)), text);
            List<String> regions = distinctSorted(rs.stream().map(r -> store.value(EventColumn.REGION, r)), text);
            long first = rs.stream().mapToLong(store::time).min().orElseThrow();
            long last = rs.stream().mapToLong(store::time).max().orElseThrow();
            out.add(new DigestSummary(digest, repository, tags, rs.size(), first, last, regions, status));
        });
        out.sort(Comparator.comparingLong(DigestSummary::lastSeen).reversed().thenComparing(DigestSummary::digest));
        return out;
    }

    private static List<String> distinctSorted(Stream<String> values, Comparator<String> order) {
        return values.filter(v -> v != null).collect(Collectors.toCollection(() -> new TreeSet<>(order)))
                .stream().toList();
    }

    private static List<Integer> bruteTimeline(EventStore store, List<Integer> rows, String digest) {
        return rows.stream().filter(r -> digest.equalsIgnoreCase(store.value(EventColumn.DIGEST, r)))
                .sorted(Comparator.<Integer>comparingLong(store::time).thenComparingInt(r -> r)).toList();
    }

    @Provide
    Arbitrary<Probe> probes() {
        Arbitrary<Selection> selections = Combinators.combine(queries(3), picks(), ranges())
                .as((q, p, r) -> new Selection(q.toQueryText(), q, p, r));
        Arbitrary<BucketSize> buckets = Arbitraries.of(BucketSize.HOUR, BucketSize.DAY, BucketSize.WEEK,
                BucketSize.MONTH, new BucketSize(5, ChronoUnit.MINUTES), new BucketSize(6, ChronoUnit.HOURS));
        return Combinators.combine(selections, Arbitraries.of(EventField.values()), Arbitraries.of(true, false),
                buckets, Arbitraries.of(RandomAuditData.DIGESTS)).as(Probe::new);
    }

    private Arbitrary<QueryNode> queries(int depth) {
        if (depth == 0) {
            return leaves();
        }
        Arbitrary<QueryNode> smaller = queries(depth - 1);
        return Arbitraries.frequencyOf(
                Tuple.of(6, leaves()),
                Tuple.of(1, smaller.map(QueryNode.Not::new)),
                Tuple.of(2, smaller.list().ofMinSize(2).ofMaxSize(3).map(QueryNode.And::new)),
                Tuple.of(2, smaller.list().ofMinSize(2).ofMaxSize(3).map(QueryNode.Or::new)));
    }

    private Arbitrary<QueryNode> leaves() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, fieldTerms()),
                Tuple.of(2, Arbitraries.of(textValues()).map(QueryNode.TextTerm::new)),
                Tuple.of(1, Combinators.combine(Arbitraries.of(true, false),
                        Arbitraries.longs().between(0, RandomAuditData.SPAN / 60_000))
                        .as((after, minute) -> new QueryNode.TimeBound(after, RandomAuditData.START + minute * 60_000))),
                Tuple.of(2, jsonPathTerms()),
                Tuple.of(1, Arbitraries.just(new QueryNode.MatchAll())));
    }

    private Arbitrary<QueryNode> fieldTerms() {
        // Evidence fields match a case's annotations, not the events; QueryEvidenceTermsTest covers them.
        return Arbitraries.of(QueryField.values()).filter(f -> !f.isEvidence()).flatMap(field ->
                Combinators.combine(Arbitraries.of(valuesFor(field)), Arbitraries.of(MatchKind.values()),
                        Arbitraries.integers().between(0, 40), Arbitraries.of(true, false))
                        .as((value, kind, cut, upper) -> term(field, value, kind, cut, upper)));
    }

    private static QueryNode term(QueryField field, String value, MatchKind kind, int cut, boolean upper) {
        String v = upper ? value.toUpperCase(java.util.Locale.ROOT) : value;
        return switch (kind) {
            case EMPTY -> new QueryNode.FieldTerm(field, "", MatchKind.EMPTY);
            case PREFIX -> new QueryNode.FieldTerm(field, v.substring(0, Math.min(cut, v.length())), MatchKind.PREFIX);
            case EXACT -> new QueryNode.FieldTerm(field, v, MatchKind.EXACT);
        };
    }

    private Arbitrary<QueryNode> jsonPathTerms() {
        Map<String, List<String>> paths = Map.of(
                "requestData.RequestParameters.signatureMethod", RandomAuditData.SIGNATURE_METHODS,
                "responseData.status", RandomAuditData.STATUSES,
                "reason.reasonCode", List.of("200", "403", "50"),
                "initiator.host.address", RandomAuditData.IPS,
                "no.such.path", List.of("x"),
                "requestData.RequestParameters", List.of("anything"));
        return Arbitraries.of(List.copyOf(paths.keySet())).flatMap(path ->
                Combinators.combine(Arbitraries.of(paths.get(path)), Arbitraries.of(MatchKind.values()),
                        Arbitraries.integers().between(0, 6))
                        .as((value, kind, cut) -> {
                            String v = kind == MatchKind.EMPTY ? "" : kind == MatchKind.PREFIX
                                    ? value.substring(0, Math.min(cut, value.length())) : value.toLowerCase();
                            return new QueryNode.JsonPathTerm(List.of(path.split("\\.")), v, kind);
                        }));
    }

    private static List<String> textValues() {
        List<String> out = new ArrayList<>(RandomAuditData.PHRASES);
        out.addAll(List.of("", "bob", "TEAM", "image.p", "event 1", "icr.io/ops"));
        return out;
    }

    private static List<String> valuesFor(QueryField field) {
        return switch (field) {
            case ACTION -> concat(RandomAuditData.ACTIONS, List.of("container-registry.image.pull", "image.", "other"));
            case CATEGORY -> List.of("image-data", "Image management", "vulnerability", "namespace", "other", "account");
            case REGION -> concat(RandomAuditData.REGIONS, List.of("Frankfurt", "unknown", "dallas"));
            case GEO -> List.of("europe", "Asia Pacific", "americas", "global", "unknown", "asia-pacific");
            case OUTCOME -> RandomAuditData.OUTCOMES;
            case SEVERITY -> RandomAuditData.SEVERITIES;
            case REASON -> List.of("200", "403", "50", "5");
            case INITIATOR -> concat(RandomAuditData.INITIATORS, RandomAuditData.INITIATOR_IDS);
            case IP -> RandomAuditData.IPS;
            case TARGET -> List.of("us.icr.io/team/app:1.0", "ops", "crn:v1:bluemix", "de.icr.io/ops/web");
            case REPO -> List.of("us.icr.io/team/app", "team/app", "app", "icr.io/ops/web", "api-server", "ops/");
            case NAMESPACE -> RandomAuditData.NAMESPACES;
            case TAG -> RandomAuditData.TAGS;
            case DIGEST -> concat(RandomAuditData.DIGESTS, List.of("0123456789abcdef", "sha256:fedc", "abcdef01"));
            case RG -> RandomAuditData.RESOURCE_GROUPS;
            case STATUS -> RandomAuditData.STATUSES;
            case CORRELATION -> concat(RandomAuditData.CORRELATIONS, List.of("5e0a8c3c-1b2d", "FFFFFFFF-", "ab"));
            case MESSAGE -> List.of("Container Registry: event 1", "Container Registry: a+b [x]", "container");
            case LABEL, NOTE, HAS -> List.of("note");
        };
    }

    private Arbitrary<Map<Facet, Set<String>>> picks() {
        Arbitrary<Map.Entry<Facet, Set<String>>> one = Arbitraries.of(PICKABLE).flatMap(f ->
                Arbitraries.of(pickValues(f)).set().ofMinSize(1).ofMaxSize(2).map(v -> Map.entry(f, v)));
        return one.list().ofMaxSize(3).map(entries -> {
            Map<Facet, Set<String>> out = new TreeMap<>();
            entries.forEach(e -> out.merge(e.getKey(), e.getValue(), (a, b) -> {
                Set<String> u = new HashSet<>(a);
                u.addAll(b);
                return u;
            }));
            return out;
        });
    }

    private static List<String> pickValues(Facet f) {
        return switch ((BuiltInFacet) f) {
            case REGION -> List.of("us-south", "eu-de", "jp-tok", "global", "eu-gb", "unknown");
            case GEO -> List.of("Europe", "Americas", "Asia Pacific", "Global", "Unknown");
            case ACTION -> List.of("container-registry.image.pull", "container-registry.image.push",
                    "Container-Registry.Image.Pull", "container-registry.signature.read", "other.service.thing");
            case CATEGORY -> List.of("image-data", "image-management", "vulnerability", "other");
            case OUTCOME -> RandomAuditData.OUTCOMES;
            case SEVERITY -> RandomAuditData.SEVERITIES;
            case INITIATOR -> RandomAuditData.INITIATORS;
            case NAMESPACE -> RandomAuditData.NAMESPACES;
            case REPOSITORY -> List.of("us.icr.io/team/app", "de.icr.io/ops/web", "icr.io/team/api-server");
            case STATUS -> RandomAuditData.STATUSES;
            case TAG -> RandomAuditData.TAGS;
            default -> List.of("x");
        };
    }

    private Arbitrary<TimeRange> ranges() {
        Arbitrary<TimeRange> bounded = Combinators.combine(
                Arbitraries.longs().between(-1, RandomAuditData.SPAN / 3_600_000),
                Arbitraries.longs().between(0, RandomAuditData.SPAN / 3_600_000 + 1))
                .as((a, b) -> {
                    long from = a < 0 ? Long.MIN_VALUE : RandomAuditData.START + Math.min(a, b) * 3_600_000;
                    long until = RandomAuditData.START + Math.max(a, b) * 3_600_000 + 60_000;
                    return new TimeRange(from, until);
                });
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(TimeRange.ALL)), Tuple.of(1, bounded));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @SuppressWarnings("unused")
    private static String iso(long t) {
        return EventTime.format(t);
    }
}
