package se.avtalsvakt.evaluation.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * How many fulfilments each occurrence has, in memory: per plan, the due dates that have any (as epoch days,
 * sorted) and their counts, so that a state is a binary search, not a query. A million occurrences with
 * fulfilments take about 8 MB. Read once from one grouped query; the register records each fulfilment it writes
 * ({@link #recorded(String, LocalDate)}), so it never needs reading again while the bundle runs.
 */
final class FulfilmentIndex {

    /** One plan's occurrences with fulfilments: due dates (epoch days) in order, and their counts. */
    private record Counts(long[] days, int[] counts) {

        int count(long day) {
            int i = Arrays.binarySearch(days, day);
            return i < 0 ? 0 : counts[i];
        }

        Counts plusOne(long day) {
            int i = Arrays.binarySearch(days, day);
            if (i >= 0) {
                int[] c = counts.clone();
                c[i]++;
                return new Counts(days, c);
            }
            int at = -i - 1;
            long[] d = new long[days.length + 1];
            int[] c = new int[counts.length + 1];
            System.arraycopy(days, 0, d, 0, at);
            System.arraycopy(counts, 0, c, 0, at);
            d[at] = day;
            c[at] = 1;
            System.arraycopy(days, at, d, at + 1, days.length - at);
            System.arraycopy(counts, at, c, at + 1, counts.length - at);
            return new Counts(d, c);
        }
    }

    private static final Counts NONE = new Counts(new long[0], new int[0]);

    private final Supplier<List<Object[]>> source;
    private volatile Map<String, Counts> byPlan;
    /** Counts recorded fulfilments, so that a load that raced one is not kept. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private final Object publication = new Object();

    /** @param source every (plan id, due date, count) ordered by plan and due date, read when first needed */
    FulfilmentIndex(Supplier<List<Object[]>> source) {
        this.source = source;
    }

    /** @return how many fulfilments the plan's occurrence due on that day has */
    int count(String plan, LocalDate due) {
        return index().getOrDefault(plan, NONE).count(due.toEpochDay());
    }

    /** Counts one more fulfilment, after the register has written it. Never waits for a load in progress. */
    void recorded(String plan, LocalDate due) {
        generation.incrementAndGet(); // a load that started before this write must not be kept
        Map<String, Counts> index = byPlan;
        if (index == null) {
            return; // read when first needed, this one included
        }
        index.compute(plan, (k, counts) -> (counts == null ? NONE : counts).plusOne(due.toEpochDay()));
    }

    private Map<String, Counts> index() {
        Map<String, Counts> index = byPlan;
        return index != null ? index : load();
    }

    /** Reads the counts without a lock, and keeps them unless a fulfilment was recorded meanwhile. */
    private Map<String, Counts> load() {
        long seen = generation.get();
        Map<String, Counts> loaded = new ConcurrentHashMap<>();
        List<Object[]> rows = source.get();
        int i = 0;
        while (i < rows.size()) {
            String plan = (String) rows.get(i)[0];
            int end = i;
            while (end < rows.size() && plan.equals(rows.get(end)[0])) {
                end++;
            }
            long[] days = new long[end - i];
            int[] counts = new int[end - i];
            for (int k = i; k < end; k++) {
                days[k - i] = ((LocalDate) rows.get(k)[1]).toEpochDay();
                counts[k - i] = ((Number) rows.get(k)[2]).intValue();
            }
            loaded.put(plan, new Counts(days, counts));
            i = end;
        }
        synchronized (publication) {
            if (byPlan != null) {
                return byPlan;
            }
            if (generation.get() == seen) {
                byPlan = loaded;
            }
        }
        return loaded;
    }
}
