package se.avtalsvakt.api.report;

import java.math.BigDecimal;

/**
 * A care provider's cost in a main area, the base of its share (R7).
 *
 * @param careProvider the care provider's organisation id, e.g. {@code goteborg}
 * @param cost         the cost in SEK (at most two decimals, not negative)
 */
public record CareProviderCost(String careProvider, BigDecimal cost) {
}
