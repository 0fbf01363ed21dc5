package io.auditlens.findings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.auditlens.query.QuerySyntaxException;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads rule files, JSON or YAML, as docs/rules.md describes them; every problem names its line. */
public final class RuleReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Set<String> KINDS = Set.of("match", "threshold", "first-seen", "sequence");
    private static final Set<String> RULE_FIELDS = Set.of("id", "title", "severity", "why", "enabled", "match",
            "threshold", "first-seen", "sequence");
    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();

    private LocatedTree tree;

    private RuleReader() {
    }

    /** Whether a file name is one of a rule file: {@code .json}, {@code .yaml} or {@code .yml}. */
    public static boolean isRuleFile(String fileName) {
        String n = fileName.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /**
     * Reads one file: a rule, a list of rules, or an object whose {@code rules} member is a list of rules.
     *
     * @param yaml whether the text is YAML (else JSON)
     */
    public static RuleFile read(InputStream in, boolean yaml) throws IOException, RuleFileException {
        RuleReader reader = new RuleReader();
        try (JsonParser p = (yaml ? YAML : JSON).createParser(in)) {
            reader.tree = LocatedTree.read(p);
        } catch (JsonProcessingException e) {
            throw new RuleFileException(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid " + (yaml ? "YAML" : "JSON") + ": " + e.getOriginalMessage());
        }
        return reader.file();
    }

    private RuleFile file() throws RuleFileException {
        JsonNode root = tree.root();
        String path = "";
        JsonNode list = root;
        if (root.isObject() && root.has("rules")) {
            list = root.get("rules");
            path = "/rules";
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> disabled = new LinkedHashSet<>();
        if (list.isObject()) {
            one(list, path, rules, disabled);
        } else if (list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                one(list.get(i), path + "/" + i, rules, disabled);
            }
        } else {
            throw new RuleFileException(tree.line(path), "expected a rule, a list of rules or \"rules:\" with a list");
        }
        return new RuleFile(rules, disabled);
    }

    private void one(JsonNode node, String path, List<Rule> rules, Set<String> disabled) throws RuleFileException {
        if (!node.isObject()) {
            throw problem(path, "expected a rule (an object with id, title, severity, why and one condition)");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!RULE_FIELDS.contains(name)) {
                throw problem(path + "/" + name, "unknown field \"" + name + "\" (a rule has " + String.join(", ",
                        List.of("id", "title", "severity", "why", "enabled")) + " and one of match, threshold,"
                        + " first-seen, sequence)");
            }
        }
        String id = text(node, path, "id");
        if (!ID.matcher(id).matches()) {
            throw problem(path + "/id", "a rule id is lower-case letters, digits and dashes, not \"" + id + "\"");
        }
        for (Rule r : rules) {
            if (r.id().equals(id)) {
                throw problem(path + "/id", "rule \"" + id + "\" is defined twice in this file");
            }
        }
        JsonNode enabled = node.get("enabled");
        if (enabled != null && !enabled.isBoolean()) {
            throw problem(path + "/enabled", "enabled is true or false");
        }
        if (enabled != null && !enabled.booleanValue()) {
            disabled.add(id);
            return;
        }
        String title = text(node, path, "title");
        String severityText = text(node, path, "severity");
        Severity severity = Severity.byId(severityText).orElseThrow(() -> problem(path + "/severity",
                "severity is info, low, medium or high, not \"" + severityText + "\""));
        String why = node.has("why") ? text(node, path, "why") : "";
        rules.add(new Rule(id, title, severity, why, condition(node, path)));
    }

    private Condition condition(JsonNode rule, String path) throws RuleFileException {
        List<String> kinds = new ArrayList<>();
        rule.fieldNames().forEachRemaining(n -> {
            if (KINDS.contains(n)) {
                kinds.add(n);
            }
        });
        if (kinds.size() != 1) {
            throw problem(path, kinds.isEmpty() ? "a rule needs one condition: match, threshold, first-seen or sequence"
                    : "a rule has one condition, not " + String.join(" and ", kinds));
        }
        String kind = kinds.get(0);
        String at = path + "/" + kind;
        JsonNode c = rule.get(kind);
        if (!c.isObject()) {
            throw problem(at, kind + " needs its fields (see docs/rules.md)");
        }
        return switch (kind) {
            case "match" -> {
                allow(c, at, "query", "outside-working-hours");
                JsonNode off = c.get("outside-working-hours");
                if (off != null && !off.isBoolean()) {
                    throw problem(at + "/outside-working-hours", "outside-working-hours is true or false");
                }
                yield new Condition.Match(query(c, at, "query"), off != null && off.booleanValue());
            }
            case "threshold" -> {
                allow(c, at, "query", "group-by", "count", "within");
                yield new Condition.Threshold(query(c, at, "query"), key(c, at, "group-by"), count(c, at),
                        duration(c, at, "within"));
            }
            case "first-seen" -> {
                allow(c, at, "query", "key", "value", "learning");
                yield new Condition.FirstSeen(query(c, at, "query"), key(c, at, "key"), key(c, at, "value"),
                        c.has("learning") ? duration(c, at, "learning") : Condition.FirstSeen.DEFAULT_LEARNING);
            }
            default -> {
                allow(c, at, "first", "then", "key", "within", "unless");
                yield new Condition.Sequence(query(c, at, "first"), query(c, at, "then"), key(c, at, "key"),
                        duration(c, at, "within"), c.has("unless") ? query(c, at, "unless") : null);
            }
        };
    }

    private void allow(JsonNode c, String path, String... names) throws RuleFileException {
        Set<String> allowed = Set.of(names);
        for (Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
            String n = it.next();
            if (!allowed.contains(n)) {
                throw problem(path + "/" + n, "unknown field \"" + n + "\" (allowed here: " + String.join(", ", names)
                        + ")");
            }
        }
    }

    private String text(JsonNode node, String path, String name) throws RuleFileException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw problem(path, "missing \"" + name + "\"");
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw problem(path + "/" + name, "\"" + name + "\" must be a non-empty text");
        }
        return v.asText().strip();
    }

    /** A query; an empty one matches every event. */
    private RuleQuery query(JsonNode c, String path, String name) throws RuleFileException {
        JsonNode v = c.get(name);
        if (v == null || !v.isTextual()) {
            throw problem(v == null ? path : path + "/" + name, v == null ? "missing \"" + name + "\""
                    : "\"" + name + "\" must be a query, written as text");
        }
        String text = v.asText().strip();
        try {
            return RuleQuery.parse(text);
        } catch (QuerySyntaxException e) {
            throw problem(path + "/" + name, name + ": query syntax error at " + e.getMessage());
        }
    }

    private KeySpec key(JsonNode c, String path, String name) throws RuleFileException {
        JsonNode v = c.get(name);
        if (v == null) {
            throw problem(path, "missing \"" + name + "\"");
        }
        List<String> fields = new ArrayList<>();
        if (v.isTextual()) {
            fields.add(v.asText().trim());
        } else if (v.isArray() && !v.isEmpty()) {
            for (JsonNode f : v) {
                fields.add(f.asText().trim());
            }
        } else {
            throw problem(path + "/" + name, name + " is a field name or a list of them");
        }
        for (String f : fields) {
            String message = KeyFields.problem(f).orElse(null);
            if (message != null) {
                throw problem(path + "/" + name, name + ": " + message);
            }
        }
        return new KeySpec(fields);
    }

    private int count(JsonNode c, String path) throws RuleFileException {
        JsonNode v = c.get("count");
        if (v == null) {
            throw problem(path, "missing \"count\"");
        }
        if (!v.isIntegralNumber() && !(v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0)
                || v.asLong() < 1 || v.asLong() > Integer.MAX_VALUE) {
            throw problem(path + "/count", "count is a whole number of at least 1");
        }
        return v.asInt();
    }

    private Duration duration(JsonNode c, String path, String name) throws RuleFileException {
        String text = c.has(name) && c.get(name).isNumber() ? c.get(name).asText() : text(c, path, name);
        try {
            return RuleDuration.parse(text);
        } catch (IllegalArgumentException e) {
            throw problem(path + "/" + name, name + ": " + e.getMessage());
        }
    }

    private RuleFileException problem(String path, String message) {
        return new RuleFileException(tree.line(path), message);
    }
}
