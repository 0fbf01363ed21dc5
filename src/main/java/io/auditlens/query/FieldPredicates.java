package io.auditlens.query;

import io.auditlens.event.ActionCatalog;
import io.auditlens.event.Category;
import io.auditlens.event.Geography;
import io.auditlens.event.ImageRef;
import io.auditlens.event.Region;
import io.auditlens.event.Regions;
import io.auditlens.store.EventColumn;

import java.util.List;
import java.util.function.Predicate;

/**
 * Compiles a {@code field:value} term into per-code masks of the columns the field reads. Every rule that gives a
 * field more than its column's literal value (short action names, category and geography from their columns,
 * three spellings of a repository) lives here, decided once per distinct value.
 */
final class FieldPredicates {

    /** The columns free text searches. */
    static final List<EventColumn> TEXT_COLUMNS = List.of(EventColumn.MESSAGE, EventColumn.ACTION,
            EventColumn.TARGET_NAME, EventColumn.INITIATOR_NAME);

    private static final String SHA256 = "sha256:";
    private static final String SERVICE_PREFIX = ActionCatalog.SERVICE_PREFIX;

    private final LowerCaseDictionaries lower;

    FieldPredicates(LowerCaseDictionaries lower) {
        this.lower = lower;
    }

    /**
     * The masks of a term: a row matches when any of them matches, or for an EMPTY term on a field read from
     * several columns, when all of them do (no name and no id). Correlation terms are not handled here.
     */
    FieldMatch of(QueryNode.FieldTerm term) {
        TextComparison cmp = TextComparison.of(term.value(), term.kind());
        return switch (term.field()) {
            case ACTION -> one(EventColumn.ACTION, v -> cmp.test(v)
                    || (v != null && v.startsWith(SERVICE_PREFIX) && cmp.testPresent(v.substring(SERVICE_PREFIX.length()))));
            case CATEGORY -> one(EventColumn.ACTION, v -> categoryMatches(cmp, v));
            case REGION -> one(EventColumn.REGION, v -> cmp.test(v) || cityMatches(cmp, v));
            case GEO -> one(EventColumn.REGION, v -> geographyMatches(cmp, term.value(), v));
            case OUTCOME -> one(EventColumn.OUTCOME, cmp::test);
            case SEVERITY -> one(EventColumn.SEVERITY, cmp::test);
            case REASON -> one(EventColumn.REASON, cmp::test);
            case INITIATOR -> several(cmp, EventColumn.INITIATOR_NAME, EventColumn.INITIATOR_ID);
            case IP -> one(EventColumn.IP, cmp::test);
            case TARGET -> several(cmp, EventColumn.TARGET_NAME, EventColumn.TARGET_ID);
            case REPO -> one(EventColumn.REPOSITORY, v -> repositoryMatches(cmp, v));
            case NAMESPACE -> one(EventColumn.NAMESPACE, cmp::test);
            case TAG -> one(EventColumn.TAG, cmp::test);
            case DIGEST -> one(EventColumn.DIGEST, v -> cmp.test(v) || bareHexMatches(cmp, v));
            case RG -> one(EventColumn.RESOURCE_GROUP, cmp::test);
            case STATUS -> one(EventColumn.STATUS, cmp::test);
            case MESSAGE -> one(EventColumn.MESSAGE, cmp::test);
            case CORRELATION -> throw new IllegalArgumentException("correlation terms are matched per row");
            case LABEL, NOTE, HAS -> throw new IllegalArgumentException("evidence terms are matched on annotations");
        };
    }

    /** Free text: a case-insensitive substring of the message, action, target name or initiator name. */
    List<ColumnPredicate> text(String text) {
        String needle = TextComparison.lower(text);
        Predicate<String> contains = v -> v != null && v.contains(needle);
        return TEXT_COLUMNS.stream().map(c -> predicate(c, contains)).toList();
    }

    /** The masks of a term and whether all of them (rather than any) must match. */
    record FieldMatch(List<ColumnPredicate> predicates, boolean all) {
    }

    private FieldMatch one(EventColumn column, Predicate<String> test) {
        return new FieldMatch(List.of(predicate(column, test)), false);
    }

    private FieldMatch several(TextComparison cmp, EventColumn first, EventColumn second) {
        return new FieldMatch(List.of(predicate(first, cmp::test), predicate(second, cmp::test)),
                cmp.kind() == MatchKind.EMPTY);
    }

    private ColumnPredicate predicate(EventColumn column, Predicate<String> test) {
        return ColumnPredicate.of(column, lower.of(column), test);
    }

    private static boolean categoryMatches(TextComparison cmp, String action) {
        if (action == null) {
            return cmp.kind() == MatchKind.EMPTY;
        }
        Category c = ActionCatalog.categoryOf(action);
        return cmp.test(c.id()) || cmp.testPresent(TextComparison.lower(c.label()));
    }

    // Users think of places: region:frankfurt is as natural as region:eu-de.
    private static boolean cityMatches(TextComparison cmp, String code) {
        if (code == null) {
            return false;
        }
        Region r = Regions.byCode(code);
        return !r.city().isEmpty() && cmp.testPresent(TextComparison.lower(r.city()));
    }

    private static boolean geographyMatches(TextComparison cmp, String typed, String code) {
        if (code == null) {
            return cmp.kind() == MatchKind.EMPTY;
        }
        Geography g = Regions.byCode(code).geography();
        if (cmp.kind() == MatchKind.EXACT) {
            // Accepts asia-pacific, AsiaPacific and ASIA_PACIFIC for "Asia Pacific".
            return g == Geography.byName(typed);
        }
        return cmp.testPresent(TextComparison.lower(g.label()));
    }

    /**
     * A repository is named in full ({@code us.icr.io/team/app}), without the registry host ({@code team/app}) or by
     * its name inside the namespace ({@code app}); a term matches any of the three.
     */
    private static boolean repositoryMatches(TextComparison cmp, String repository) {
        if (repository == null || cmp.test(repository)) {
            return repository != null || cmp.kind() == MatchKind.EMPTY;
        }
        String host = ImageRef.hostOf(repository);
        String afterHost = host == null ? repository : repository.substring(host.length() + 1);
        if (cmp.testPresent(afterHost)) {
            return true;
        }
        int slash = afterHost.indexOf('/');
        return slash >= 0 && cmp.testPresent(afterHost.substring(slash + 1));
    }

    // A digest is often pasted without its algorithm prefix.
    private static boolean bareHexMatches(TextComparison cmp, String digest) {
        return digest != null && !cmp.lowerValue().startsWith(SHA256) && digest.startsWith(SHA256)
                && cmp.testPresent(digest.substring(SHA256.length()));
    }
}
