package io.auditlens.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.auditlens.event.EventTime;
import io.auditlens.query.QueryNode.FieldTerm;
import io.auditlens.query.QueryNode.JsonPathTerm;
import io.auditlens.query.QueryNode.MatchAll;
import io.auditlens.query.QueryNode.TextTerm;
import io.auditlens.query.QueryNode.TimeBound;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParserTermsTest {

    private static QueryNode parse(String text) throws QuerySyntaxException {
        return QueryParser.parse(text);
    }

    private static FieldTerm exact(QueryField field, String value) {
        return new FieldTerm(field, value, MatchKind.EXACT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t  \n", "*", "  *  "})
    void emptyBlankOrStarMatchesEverything(String text) throws Exception {
        assertEquals(new MatchAll(), parse(text));
    }

    @Test
    void nullMatchesEverything() throws Exception {
        assertEquals(new MatchAll(), parse(null));
    }

    @Test
    void fieldWithBareValue() throws Exception {
        assertEquals(exact(QueryField.REGION, "eu-de"), parse("region:eu-de"));
    }

    @Test
    void actionKeepsTheShortFormForTheCompiler() throws Exception {
        assertEquals(exact(QueryField.ACTION, "image.pull"), parse("action:image.pull"));
        assertEquals(exact(QueryField.ACTION, "container-registry.image.pull"),
                parse("action:container-registry.image.pull"));
    }

    @ParameterizedTest
    @EnumSource(QueryField.class)
    void everyFieldIsKnownByItsNameInAnyCase(QueryField field) throws Exception {
        String value = field == QueryField.HAS ? "note" : "x"; // has: takes only note or label
        assertEquals(exact(field, value), parse(field.queryName() + ":" + value));
        assertEquals(exact(field, value), parse(field.queryName().toUpperCase() + ":" + value));
    }

    @ParameterizedTest
    @CsvSource({"repository,REPO", "RESOURCEGROUP,RG", "resourceGroup,RG", "correlationId,CORRELATION",
            "reasonCode,REASON"})
    void aliasesNameTheirField(String alias, QueryField field) throws Exception {
        assertEquals(exact(field, "v"), parse(alias + ":v"));
    }

    @Test
    void valueKeepsItsCase() throws Exception {
        assertEquals(exact(QueryField.STATUS, "FAIL"), parse("STATUS:FAIL"));
        assertEquals(exact(QueryField.DIGEST, "SHA256:AB"), parse("digest:SHA256:AB"));
    }

    @Test
    void valueMaySpanFurtherColons() throws Exception {
        assertEquals(exact(QueryField.DIGEST, "sha256:9f86d081"), parse("digest:sha256:9f86d081"));
        assertEquals(exact(QueryField.TARGET, "crn:v1:bluemix:public:container-registry:us-south:a/1::"),
                parse("target:crn:v1:bluemix:public:container-registry:us-south:a/1::"));
    }

    @Test
    void quotedValueKeepsSpaces() throws Exception {
        assertEquals(exact(QueryField.MESSAGE, "pull image  now"), parse("message:\"pull image  now\""));
    }

    @Test
    void quotedValueUnescapesQuoteAndBackslash() throws Exception {
        assertEquals(exact(QueryField.MESSAGE, "say \"hi\" \\ bye"), parse("message:\"say \\\"hi\\\" \\\\ bye\""));
    }

    @Test
    void otherBackslashesInQuotesAreLiteral() throws Exception {
        assertEquals(exact(QueryField.MESSAGE, "C:\\temp\\n \\d+"), parse("message:\"C:\\temp\\n \\d+\""));
    }

    @Test
    void trailingStarIsAPrefix() throws Exception {
        assertEquals(new FieldTerm(QueryField.REPO, "app", MatchKind.PREFIX), parse("repo:app*"));
        assertEquals(new FieldTerm(QueryField.REPO, "a*b", MatchKind.PREFIX), parse("repo:a*b*"));
        assertEquals(new FieldTerm(QueryField.REPO, "app*", MatchKind.PREFIX), parse("repo:app**"));
    }

    @Test
    void starAloneIsAPrefixOfNothingSoAnyValue() throws Exception {
        assertEquals(new FieldTerm(QueryField.TAG, "", MatchKind.PREFIX), parse("tag:*"));
    }

    @Test
    void starInsideAValueIsLiteral() throws Exception {
        assertEquals(exact(QueryField.REPO, "a*b"), parse("repo:a*b"));
    }

    @Test
    void starInsideQuotesIsLiteral() throws Exception {
        assertEquals(exact(QueryField.MESSAGE, "50% *off*"), parse("message:\"50% *off*\""));
    }

    @Test
    void starAfterClosingQuoteIsAPrefix() throws Exception {
        assertEquals(new FieldTerm(QueryField.MESSAGE, "Pull image", MatchKind.PREFIX), parse("message:\"Pull image\"*"));
    }

    @Test
    void emptyQuotesMeanNoValue() throws Exception {
        assertEquals(new FieldTerm(QueryField.TAG, "", MatchKind.EMPTY), parse("tag:\"\""));
    }

    @Test
    void dottedNameIsAJsonPathKeepingItsCase() throws Exception {
        assertEquals(new JsonPathTerm(List.of("requestData", "RequestParameters", "signatureMethod"), "Red Hat Signing",
                        MatchKind.EXACT),
                parse("requestData.RequestParameters.signatureMethod:\"Red Hat Signing\""));
        assertEquals(new JsonPathTerm(List.of("target", "typeURI"), "container-registry/image", MatchKind.EXACT),
                parse("target.typeURI:container-registry/image"));
    }

    @Test
    void jsonPathSupportsPrefixAndEmpty() throws Exception {
        assertEquals(new JsonPathTerm(List.of("initiator", "name"), "ana", MatchKind.PREFIX), parse("initiator.name:ana*"));
        assertEquals(new JsonPathTerm(List.of("reason", "reasonType"), "", MatchKind.EMPTY), parse("reason.reasonType:\"\""));
    }

    @Test
    void jsonPathMayStartWithAFieldOrBoundName() throws Exception {
        assertEquals(new JsonPathTerm(List.of("after", "x"), "1", MatchKind.EXACT), parse("after.x:1"));
    }

    @Test
    void bareWordIsText() throws Exception {
        assertEquals(new TextTerm("denied"), parse("denied"));
    }

    @Test
    void quotedPhraseIsText() throws Exception {
        assertEquals(new TextTerm("access denied"), parse("\"access denied\""));
        assertEquals(new TextTerm(""), parse("\"\""));
    }

    @Test
    void quotedKeywordsAndColonsAreText() throws Exception {
        assertEquals(new TextTerm("OR"), parse("\"OR\""));
        assertEquals(new TextTerm("sha256:abc"), parse("\"sha256:abc\""));
        assertEquals(new TextTerm("-x"), parse("\"-x\""));
    }

    @Test
    void trailingStarOnTextIsDroppedBecauseTextIsASubstringSearch() throws Exception {
        assertEquals(new TextTerm("imag"), parse("imag*"));
        assertEquals(new TextTerm("pull image"), parse("\"pull image\"*"));
        assertEquals(new TextTerm("*"), parse("**"));
    }

    @Test
    void dashInsideAWordIsLiteral() throws Exception {
        assertEquals(new TextTerm("eu-de"), parse("eu-de"));
        assertEquals(exact(QueryField.REGION, "-x"), parse("region:-x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.b+c?", "^[a-z]+$", "(?i)x|y", "\\d{3}", "$1", ".*"})
    void regexMetacharactersAreLiteral(String value) throws Exception {
        assertEquals(exact(QueryField.MESSAGE, value), parse("message:\"" + value.replace("\\", "\\\\") + "\""));
        assertEquals(new TextTerm(value), parse("\"" + value.replace("\\", "\\\\") + "\""));
    }

    @Test
    void regexMetacharactersInBareWordsAreLiteral() throws Exception {
        assertEquals(exact(QueryField.TARGET, "a.b+c?[x]{2}|^$\\"), parse("target:a.b+c?[x]{2}|^$\\"));
        assertEquals(new TextTerm("a.b+c?[x]{2}|^$\\"), parse("a.b+c?[x]{2}|^$\\"));
    }

    @Test
    void afterTakesADateAsMidnightUtc() throws Exception {
        assertEquals(new TimeBound(true, EventTime.parse("2026-03-04T00:00:00Z")), parse("after:2026-03-04"));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-03-04T12:00, 2026-03-04T12:00:00Z",
            "2026-03-04T12:00Z, 2026-03-04T12:00:00Z",
            "2026-03-04T12:00:30, 2026-03-04T12:00:30Z",
            "2026-03-04T12:00:00Z, 2026-03-04T12:00:00Z",
            "2026-03-04T12:00:00.250Z, 2026-03-04T12:00:00.250Z",
            "2026-03-04T12:00+01:00, 2026-03-04T11:00:00Z",
            "2026-03-04T12:00:00-0500, 2026-03-04T17:00:00Z",
            "2026-03-04t12:00:00z, 2026-03-04T12:00:00Z"})
    void beforeTakesADateTimeWithOptionalSecondsFractionAndZone(String typed, String utc) throws Exception {
        assertEquals(new TimeBound(false, EventTime.parse(utc)), parse("before:" + typed));
    }

    @Test
    void timeBoundsAcceptQuotesAndAnyCase() throws Exception {
        assertEquals(new TimeBound(true, EventTime.parse("2026-03-04T12:00:00Z")), parse("AFTER:\"2026-03-04 12:00\""));
    }

    @Test
    void leapDayIsAValidDate() throws Exception {
        assertEquals(new TimeBound(true, EventTime.parse("2028-02-29T00:00:00Z")), parse("after:2028-02-29"));
    }
}
