package io.auditlens.engine;

import io.auditlens.query.Facet;
import io.auditlens.query.Selection;
import io.auditlens.query.TimeRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SQL text written for Trino (golden strings), and the places where Spark and DuckDB spell it otherwise. */
class TrinoSqlGoldenTest {

    private static final SelectionSql TRINO = new SelectionSql(SqlDialect.TRINO);

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            action:image.* | (action IS NOT NULL AND action <> '' AND substr(lower(action), 1, 6) = 'image.') OR (action IS NOT NULL AND action <> '' AND substr(lower(action), 1, 25) = 'container-registry.image.')
            region:frankfurt | (region IS NOT NULL AND lower(region) = 'frankfurt') OR (region IN ('eu-de'))
            geo:europe | geo IN ('Europe')
            category:Namespaces | category IN ('namespace')
            repo:team/app | (repository IS NOT NULL AND lower(repository) = 'team/app') OR (repo_path IS NOT NULL AND lower(repo_path) = 'team/app') OR (repo_name IS NOT NULL AND lower(repo_name) = 'team/app')
            digest:ABCDEF01* | (digest IS NOT NULL AND digest <> '' AND substr(lower(digest), 1, 8) = 'abcdef01') OR (digest IS NOT NULL AND digest <> '' AND substr(lower(digest), 1, 15) = 'sha256:abcdef01')
            initiator:"" | (initiator_name IS NULL OR initiator_name = '') AND (initiator_id IS NULL OR initiator_id = '')
            ~-"a+b" OR message:"it's"~ | (NOT ((message IS NOT NULL AND strpos(lower(message), 'a+b') > 0) OR (action IS NOT NULL AND strpos(lower(action), 'a+b') > 0) OR (target_name IS NOT NULL AND strpos(lower(target_name), 'a+b') > 0) OR (initiator_name IS NOT NULL AND strpos(lower(initiator_name), 'a+b') > 0))) OR (message IS NOT NULL AND lower(message) = 'it''s')
            after:2026-03-04 before:2026-03-05T12:00 | (time_ms >= 1772582400000) AND (time_ms < 1772712000000)
            responseData.status:* | coalesce(json_extract_scalar(event_json, '$.responseData.status'), json_extract_scalar(json_extract_scalar(event_json, '$.responseData'), '$.status')) IS NOT NULL AND coalesce(json_extract_scalar(event_json, '$.responseData.status'), json_extract_scalar(json_extract_scalar(event_json, '$.responseData'), '$.status')) <> ''
            """)
    void queryTermsCompileToTheseConditions(String query, String expected) throws Exception {
        assertEquals("(" + expected + ")", TRINO.where(Selection.of(query)));
    }

    @Test
    void picksAndTheTimeRangeAreAndedAndAPickedFacetIsCountedWithoutItsOwnPicks() throws Exception {
        Selection s = Selection.of("tag:latest").withPicks(Facet.REGION, Set.of("eu-de", "us-south"))
                .withPick(Facet.OUTCOME, "failure", true).withRange(new TimeRange(1000, 2000));
        assertEquals("(tag IS NOT NULL AND lower(tag) = 'latest')\n  AND time_ms >= 1000\n  AND time_ms < 2000\n"
                + "  AND region IN ('eu-de', 'us-south')\n  AND outcome IN ('failure')", TRINO.where(s));
        assertEquals("(tag IS NOT NULL AND lower(tag) = 'latest')\n  AND time_ms >= 1000\n  AND time_ms < 2000\n"
                + "  AND outcome IN ('failure')", TRINO.whereExcept(s, Facet.REGION));
        ArchiveQueries queries = new ArchiveQueries(TRINO, "audit.events");
        List<ArchiveQueries.FacetStatement> statements = queries.facetCounts(s, List.of(Facet.REGION, Facet.ACTION));
        assertEquals(List.of(Facet.ACTION), statements.get(0).facets());
        assertEquals("SELECT action, count(*) AS events\nFROM audit.events\nWHERE " + TRINO.where(s)
                + "\nGROUP BY GROUPING SETS ((action))", statements.get(0).sql());
        assertEquals("SELECT region, count(*) AS events\nFROM audit.events\nWHERE " + TRINO.whereExcept(s, Facet.REGION)
                + "\nGROUP BY GROUPING SETS ((region))", statements.get(1).sql());
    }

    @Test
    void pagesHistogramsAndTimelinesInTrinoSyntax() throws Exception {
        ArchiveQueries queries = new ArchiveQueries(TRINO, "t");
        String rows = queries.rows(Selection.all(), io.auditlens.query.EventField.INITIATOR, true, 200, 50);
        assertTrue(rows.endsWith("ORDER BY CASE WHEN initiator_name IS NULL THEN 1 ELSE 0 END DESC, "
                + "lower(initiator_name) DESC, initiator_name DESC, time_ms DESC, source DESC, seq DESC\n"
                + "OFFSET 200\nLIMIT 50"), rows);
        assertTrue(queries.histogram(Selection.all(), io.auditlens.query.BucketSize.WEEK)
                .startsWith("SELECT ((time_ms - 345600000) / 604800000) * 604800000 + 345600000 AS bucket_start"));
        assertEquals("SELECT " + String.join(", ", ArchiveQueries.ROW_COLUMNS.stream().map(IndexColumn::sql).toList())
                + "\nFROM t\nWHERE lower(digest) = 'sha256:ab'\nORDER BY time_ms, source, seq",
                queries.timeline("SHA256:AB"));
    }

    @Test
    void literalsAndJsonPathsFollowEachDialect() {
        assertEquals("'it''s \\'", SqlDialect.TRINO.literal("it's \\"));
        assertEquals("'it\\'s \\\\'", SqlDialect.SPARK.literal("it's \\"));
        assertEquals("get_json_object(j, '$.a[\\'x-y\\']')", SqlDialect.SPARK.jsonText("j", List.of("a", "x-y")));
        assertEquals("json_extract_string(j, '$.a.\"x-y\"')", SqlDialect.DUCKDB.jsonText("j", List.of("a", "x-y")));
        assertEquals("json_extract_scalar(j, '$.a[\"x-y\"]')", SqlDialect.TRINO.jsonText("j", List.of("a", "x-y")));
    }

    @Test
    void evidenceTermsAreRefusedWithAReason() {
        UnsupportedSelectionException e = assertThrows(UnsupportedSelectionException.class,
                () -> TRINO.where(Selection.of("region:eu-de has:note")));
        assertTrue(e.getMessage().contains("case file"), e.getMessage());
    }
}
