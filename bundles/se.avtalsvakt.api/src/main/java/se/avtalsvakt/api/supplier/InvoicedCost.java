package se.avtalsvakt.api.supplier;

/**
 * What was invoiced to a care provider in a main area (huvudområde) in a year: the cost base of R7.
 *
 * @param careProvider the care provider's organisation id
 * @param mainArea     the main area
 * @param year         the year of the invoice dates
 * @param amountOre    the sum of the invoice lines, in öre
 */
public record InvoicedCost(String careProvider, String mainArea, int year, long amountOre) {
}
