package io.auditlens.query;

import io.auditlens.store.Dictionary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ranks made from a dictionary's bytes are exactly the ranks of the String comparator they replace. */
class DictionaryRanksTest {

    /** Pieces that make long shared prefixes, case variants, numbers, prefixes of each other and control bytes. */
    private static final List<String> PIECES = List.of("Container Registry: ", "container registry: ", "pull ",
            "PULL ", "Pull ", "image ", "us.icr.io/", "team-web/api", "a", "A", "aa", "b", "Z", "z", "_", " ", "-", "0",
            "7", "007", "42", "-3", "9223372036854775807", "\u0000", "\t", "~", "");

    @Property(tries = 300)
    void asciiValuesRankAsTheComparatorRanksThem(@ForAll("asciiValues") List<String> values) {
        Dictionary d = dictionary(values);
        int[] ranks = DictionaryRanks.of(d).orElseThrow();
        assertArrayEquals(comparatorRanks(d), ranks);
    }

    @Property(tries = 50)
    void largeGroupsWithLongSharedPrefixesRankAsTheComparator(@ForAll("manyValues") List<String> values) {
        Dictionary d = dictionary(values);
        assertArrayEquals(comparatorRanks(d), DictionaryRanks.of(d).orElseThrow());
    }

    @Test
    void aValueThatIsNotAsciiLeavesRankingToTheComparator() {
        assertTrue(DictionaryRanks.of(dictionary(List.of("abc", "Zoë"))).isEmpty());
    }

    @Test
    void valuesThatNestDeeplyAreRanked() {
        StringBuilder s = new StringBuilder();
        java.util.ArrayList<String> values = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            s.append(i % 2 == 0 ? 'a' : 'A');
            values.add(s.toString());
        }
        java.util.Collections.shuffle(values, new java.util.Random(7));
        Dictionary d = dictionary(values);
        assertArrayEquals(comparatorRanks(d), DictionaryRanks.of(d).orElseThrow());
    }

    @Provide
    Arbitrary<List<String>> asciiValues() {
        return Arbitraries.of(PIECES).list().ofMaxSize(6).map(p -> String.join("", p)).list().ofMaxSize(80);
    }

    @Provide
    Arbitrary<List<String>> manyValues() {
        Arbitrary<String> tail = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12);
        Arbitrary<String> value = net.jqwik.api.Combinators.combine(Arbitraries.of(PIECES).list().ofMaxSize(4), tail)
                .as((p, t) -> String.join("", p) + t);
        return value.list().ofMinSize(100).ofMaxSize(3000);
    }

    private static Dictionary dictionary(List<String> values) {
        Dictionary d = new Dictionary();
        values.forEach(d::encode);
        return d;
    }

    private static int[] comparatorRanks(Dictionary d) {
        String[] lower = new String[d.size()];
        for (int code = 1; code < lower.length; code++) {
            lower[code] = TextComparison.lower(d.value(code));
        }
        return ValueRanks.of(lower, d::value, true);
    }
}
