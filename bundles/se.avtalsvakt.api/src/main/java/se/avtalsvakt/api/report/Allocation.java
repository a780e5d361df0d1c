package se.avtalsvakt.api.report;

import java.math.BigDecimal;

/**
 * One care provider's part of a net result.
 *
 * @param careProvider the care provider
 * @param cost         its cost in SEK
 * @param share        its cost / the summed cost, six decimals
 * @param amount       its part of the net result in SEK (öre exact; negative for a deficit)
 */
public record Allocation(String careProvider, BigDecimal cost, BigDecimal share, BigDecimal amount) {
}
