package se.avtalsvakt.api.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * A net result distributed: the amounts add up exactly to {@code total}, the net result.
 *
 * @param year        the year
 * @param mainArea    the main area
 * @param allocations per care provider, in the order asked
 * @param totalCost   the summed cost in SEK
 * @param total       the net result in SEK, equal to the sum of the amounts
 */
public record CostAllocation(int year, String mainArea, List<Allocation> allocations, BigDecimal totalCost,
                             BigDecimal total) {

    public CostAllocation {
        allocations = allocations == null ? List.of() : List.copyOf(allocations);
    }
}
