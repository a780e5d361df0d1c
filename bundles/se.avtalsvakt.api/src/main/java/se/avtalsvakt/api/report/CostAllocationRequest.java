package se.avtalsvakt.api.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * A main area's net result to distribute over its care providers by their share of the summed cost (R7, I5).
 *
 * @param year      the year
 * @param mainArea  the main area (huvudområde)
 * @param netResult the net result in SEK, at most two decimals: a surplus positive, a deficit negative
 * @param costs     each care provider's cost in the area
 */
public record CostAllocationRequest(Integer year, String mainArea, BigDecimal netResult, List<CareProviderCost> costs) {
}
