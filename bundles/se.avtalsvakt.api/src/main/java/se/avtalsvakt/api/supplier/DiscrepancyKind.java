package se.avtalsvakt.api.supplier;

/** What is wrong with an invoice compared with the orders and deliveries (R6: care providers check invoice bases). */
public enum DiscrepancyKind {
    /** An invoice line for an order that has no delivery. */
    INVOICED_NOT_DELIVERED,
    /** A delivered order that no invoice line bills. */
    DELIVERED_NOT_INVOICED,
    /** The invoiced amount differs from what the order should cost. */
    AMOUNT_DIFFERS,
    /** The same order and amount invoiced on two lines (of the same or another invoice). */
    DUPLICATE_LINE
}
