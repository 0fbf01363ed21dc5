package io.auditlens.sample;

import java.util.ArrayList;
import java.util.List;

/** A fixed list of items with integer weights, drawn from in proportion to the weights. */
final class WeightedChoice<T> {

    private final List<T> items;
    private final int[] cumulative;

    private WeightedChoice(List<T> items, int[] cumulative) {
        this.items = items;
        this.cumulative = cumulative;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    T pick(SampleRandom random) {
        int r = random.nextInt(cumulative[cumulative.length - 1]);
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > r) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return items.get(lo);
    }

    /** Collects items in a fixed order, which keeps draws reproducible. */
    static final class Builder<T> {
        private final List<T> items = new ArrayList<>();
        private final List<Integer> weights = new ArrayList<>();

        Builder<T> add(T item, int weight) {
            if (weight <= 0) {
                throw new IllegalArgumentException("weight must be positive: " + weight);
            }
            items.add(item);
            weights.add(weight);
            return this;
        }

        WeightedChoice<T> build() {
            if (items.isEmpty()) {
                throw new IllegalStateException("no items");
            }
            int[] cumulative = new int[weights.size()];
            int sum = 0;
            for (int i = 0; i < cumulative.length; i++) {
                sum += weights.get(i);
                cumulative[i] = sum;
            }
            return new WeightedChoice<>(List.copyOf(items), cumulative);
        }
    }
}
