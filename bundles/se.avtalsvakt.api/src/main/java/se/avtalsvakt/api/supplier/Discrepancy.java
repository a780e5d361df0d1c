package se.avtalsvakt.api.supplier;

/**
 * One finding of invoice reconciliation.
 *
 * @param supplier     the supplier's organisation id
 * @param invoiceId    the invoice, or null for {@link DiscrepancyKind#DELIVERED_NOT_INVOICED}
 * @param line         the invoice line, or null
 * @param careProvider the care provider's organisation id
 * @param orderId      the order concerned
 * @param kind         what is wrong
 * @param detail       a sentence for the official, in Swedish
 * @param invoicedOre  the amount invoiced in öre, or null
 * @param expectedOre  the amount expected in öre, or null when unknown
 */
public record Discrepancy(String supplier, String invoiceId, Integer line, String careProvider, String orderId,
        DiscrepancyKind kind, String detail, Long invoicedOre, Long expectedOre) {
}
