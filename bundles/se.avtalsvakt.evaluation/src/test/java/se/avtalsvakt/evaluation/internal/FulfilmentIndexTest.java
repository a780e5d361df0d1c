package se.avtalsvakt.evaluation.internal;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

/** The in-memory counts of fulfilments: read once, then counted up by each fulfilment written. */
public class FulfilmentIndexTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    public void countsAreReadOnceAndThenKeptByTheWritesRecorded() {
        List<Object[]> rows = List.of(new Object[] {"a", d("2024-12-31"), 2L}, new Object[] {"a", d("2026-12-31"), 1L},
                new Object[] {"b", d("2025-06-30"), 1L});
        List<String> reads = new ArrayList<>();
        FulfilmentIndex index = new FulfilmentIndex(() -> {
            reads.add("read");
            return rows;
        });
        index.recorded("a", d("2025-12-31")); // before the first read: the read will hold it
        assertEquals(List.of(), reads);

        assertEquals(2, index.count("a", d("2024-12-31")));
        assertEquals(0, index.count("a", d("2025-12-31")));
        assertEquals(1, index.count("b", d("2025-06-30")));
        assertEquals(0, index.count("c", d("2025-06-30")));

        index.recorded("a", d("2025-12-31")); // a new day between two counted ones
        index.recorded("a", d("2024-12-31"));
        index.recorded("c", d("2030-01-01"));
        assertEquals(1, index.count("a", d("2025-12-31")));
        assertEquals(3, index.count("a", d("2024-12-31")));
        assertEquals(1, index.count("a", d("2026-12-31")));
        assertEquals(1, index.count("c", d("2030-01-01")));
        assertEquals(List.of("read"), reads);
    }
}
