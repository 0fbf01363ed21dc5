package io.auditlens.ingest;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DuplicateSetTest {

    @Property(tries = 50)
    void agreesWithAHashSetThroughGrowth(@ForAll @Size(max = 5000) List<@LongRange(min = -3, max = 3000) Long> keys) {
        DuplicateSet set = new DuplicateSet(0);
        Set<List<Long>> expected = new HashSet<>();
        for (long k : keys) {
            // Small ranges make repeats, zero halves and the 0/0 pair (the empty-slot marker) likely.
            long ha = k % 7 == 0 ? 0 : k * 0x9E3779B97F4A7C15L;
            long hb = k % 5 == 0 ? 0 : k;
            assertEquals(expected.add(List.of(ha, hb)), set.add(ha, hb), "add(" + ha + ", " + hb + ")");
        }
    }
}
