package se.avtalsvakt.api.report;

import se.avtalsvakt.api.supplier.DiscrepancyKind;

/**
 * Invoice lines left out of the cost base because invoice reconciliation flags them.
 *
 * @param careProvider the care provider's organisation id
 * @param mainArea     the main area invoiced
 * @param reason       {@link DiscrepancyKind#DUPLICATE_LINE} (the order was already billed with the same amount) or
 *                     {@link DiscrepancyKind#INVOICED_NOT_DELIVERED} (no delivery of the order was reported); a line
 *                     that is both counts once, as not delivered
 * @param lines        how many lines
 * @param amountOre    their sum in öre
 */
public record ExcludedCost(String careProvider, String mainArea, DiscrepancyKind reason, long lines, long amountOre) {
}
