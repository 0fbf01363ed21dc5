package io.auditlens.findings;

import io.auditlens.query.QueryNode;
import io.auditlens.query.QueryParser;
import io.auditlens.query.QuerySyntaxException;

/** A query of a rule condition: the text as written and its parsed tree. */
public record RuleQuery(String text, QueryNode node) {

    /** Parses a query written in the query language. */
    public static RuleQuery parse(String text) throws QuerySyntaxException {
        return new RuleQuery(text, QueryParser.parse(text));
    }
}
