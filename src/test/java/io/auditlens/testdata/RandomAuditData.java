package io.auditlens.testdata;

import io.auditlens.ingest.LoadResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random but plausible Container Registry events drawn from small pools, so that random queries hit often: mixed
 * case, missing fields, statuses and request data as strings, wrappers and gzip. The pools are public so that
 * generators of random queries can draw from the same values.
 */
public final class RandomAuditData {

    public static final List<String> ACTIONS = List.of("image.push", "image.pull", "image.delete", "image.tag",
            "image.untag", "image.inspect", "signature.write", "signature.read", "image-vulnerability-status.read",
            "image-vulnerability-report.read", "namespace.create", "auth.get", "other.service.thing",
            "Container-Registry.Image.Pull");
    public static final List<String> OUTCOMES = List.of("success", "failure", "pending", "SUCCESS");
    public static final List<String> SEVERITIES = List.of("normal", "warning", "critical");
    public static final List<String> REGIONS = List.of("us-south", "eu-de", "jp-tok", "global", "EU-GB");
    public static final List<String> INITIATORS = List.of("ana@example.com", "Bob", "bob", "ci-bot");
    public static final List<String> INITIATOR_IDS = List.of("IBMid-1", "iam-ServiceId-2");
    public static final List<String> HOSTS = List.of("us.icr.io", "de.icr.io", "icr.io", "jp.icr.io");
    public static final List<String> NAMESPACES = List.of("team", "ops");
    public static final List<String> REPOSITORIES = List.of("app", "web", "api-server");
    public static final List<String> TAGS = List.of("1.0", "latest", "Stable");
    public static final List<String> DIGESTS = List.of("sha256:" + "0123456789abcdef".repeat(4),
            "sha256:" + "fedcba9876543210".repeat(4), "sha256:" + "00000000aaaaaaaa".repeat(4),
            "SHA256:" + "ABCDEF0123456789".repeat(4), "sha256:" + "1111222233334444".repeat(4));
    public static final List<String> STATUSES = List.of("OK", "WARN", "FAIL", "ok");
    public static final List<String> SIGNATURE_METHODS = List.of("Red Hat Signing", "GPG");
    public static final List<String> CORRELATIONS = List.of("5e0a8c3c-1b2d-4e5f-8a9b-0c1d2e3f4a5b",
            "00000000-0000-4000-8000-000000000001", "ffffffff-ffff-4fff-bfff-ffffffffffff", "abc", "ABC-1");
    public static final List<String> IPS = List.of("203.0.113.7", "198.51.100.2");
    public static final List<String> RESOURCE_GROUPS = List.of("rg-one", "RG-two");
    public static final List<Integer> REASONS = List.of(200, 403, 50);
    public static final List<String> PHRASES = List.of("a+b [x]", "(namespace)", "Pull", ".*", "ops/web");

    /** 2026-03-01T00:00:00Z: events fall in the 40 days after it. */
    public static final long START = 1_772_323_200_000L;
    public static final long SPAN = 40L * 86_400_000L;

    private final Random random;

    public RandomAuditData(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code n} events to an NDJSON file and a gzip of wrapped records, and loads both. */
    public LoadResult load(Path dir, int n) throws IOException {
        List<String> plain = new ArrayList<>();
        List<String> wrapped = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String json = event(i).json();
            switch (random.nextInt(4)) {
                case 0 -> wrapped.add(TestInputs.logDnaRecord(json));
                case 1 -> wrapped.add(TestInputs.cloudLogsRecord(json));
                default -> plain.add(json);
            }
        }
        return TestInputs.load(TestInputs.ndjson(dir, "plain.ndjson", plain),
                TestInputs.gzip(dir, "wrapped.gz", wrapped));
    }

    /** The JSON texts of {@code n} events, as {@link #load} would write them unwrapped. */
    public List<String> eventTexts(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(event(i).json());
        }
        return out;
    }

    private EventJson event(int i) {
        // Times on whole minutes collide often, which exercises ties in sorting.
        long time = START + (long) random.nextInt((int) (SPAN / 60_000)) * 60_000 + (random.nextInt(5) == 0 ? 0 : i);
        EventJson e = EventJson.at(io.auditlens.event.EventTime.format(time), pick(ACTIONS));
        if (random.nextInt(6) > 0) {
            e.outcome(pick(OUTCOMES));
        }
        if (random.nextInt(4) > 0) {
            e.severity(pick(SEVERITIES));
        }
        if (random.nextInt(3) > 0) {
            e.region(pick(REGIONS));
        }
        if (random.nextInt(5) > 0) {
            e.initiator(maybe(INITIATORS), maybe(INITIATOR_IDS));
        }
        if (random.nextBoolean()) {
            e.ip(pick(IPS));
        }
        target(e);
        if (random.nextInt(3) == 0) {
            String status = pick(STATUSES);
            if (random.nextBoolean()) {
                e.status(status);
            } else {
                e.statusInString(status);
            }
        }
        if (random.nextInt(3) == 0) {
            String method = pick(SIGNATURE_METHODS);
            if (random.nextBoolean()) {
                e.requestParameter("signatureMethod", method);
            } else {
                e.requestDataString("{\"RequestParameters\":{\"signatureMethod\":\"" + method + "\"}}");
            }
        }
        if (random.nextInt(4) > 0) {
            e.correlationId(pick(CORRELATIONS));
        }
        if (random.nextBoolean()) {
            e.reasonCode(pick(REASONS));
        }
        if (random.nextInt(4) == 0) {
            e.resourceGroup(pick(RESOURCE_GROUPS));
        }
        e.message(random.nextInt(4) == 0 ? "Container Registry: " + pick(PHRASES) + " " + i
                : "Container Registry: event " + i);
        return e;
    }

    private void target(EventJson e) {
        switch (random.nextInt(6)) {
            case 0 -> {
                // no target at all
            }
            case 1 -> e.target(pick(NAMESPACES), null);
            default -> {
                String repository = pick(HOSTS) + "/" + pick(NAMESPACES) + "/" + pick(REPOSITORIES);
                String tag = maybe(TAGS);
                String digest = random.nextInt(5) == 0 ? null : pick(DIGESTS);
                e.image(tag == null ? repository : repository + ":" + tag, digest);
            }
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T maybe(List<T> values) {
        return random.nextInt(4) == 0 ? null : pick(values);
    }
}
