package io.auditlens.chart;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The histogram layout the window and the report share. */
class BarLayoutTest {

    @Test
    void barsShareThePlotEquallyWithAGapWhenThereIsRoom() {
        BarLayout wide = new BarLayout(10, 40, 1000, 200, 50, 1);
        assertEquals(100, wide.slot(), 1e-9);
        assertEquals(540.5, wide.x(5), 1e-9);
        assertEquals(99, wide.barWidth(), 1e-9);
        assertEquals(100, wide.height(25), 1e-9);
        assertEquals(0, wide.height(0), 1e-9);
        BarLayout narrow = new BarLayout(500, 0, 1000, 200, 1000, 1);
        assertEquals(2, narrow.barWidth(), 1e-9);
        assertEquals(1, narrow.height(1), 1e-9, "one event among a thousand still shows");
    }

    @Property
    void theBarUnderABarsMiddleIsThatBar(@ForAll @IntRange(min = 1, max = 400) int bars,
                                         @ForAll @IntRange(min = 0, max = 399) int bar,
                                         @ForAll @LongRange(min = 1, max = 1_000_000) long max) {
        int b = bar % bars;
        BarLayout layout = new BarLayout(bars, 12, 900, 150, max, 1);
        assertEquals(b, layout.barAt(layout.x(b) + layout.barWidth() / 2));
        assertTrue(layout.height(max) <= 150 + 1e-9);
    }
}
