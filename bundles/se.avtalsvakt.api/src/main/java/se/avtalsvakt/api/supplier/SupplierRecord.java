package se.avtalsvakt.api.supplier;

import java.time.LocalDate;

/**
 * One validated record from a supplier, whatever its type. Fields a type does not have are null.
 *
 * @param type         what kind of record
 * @param recordId     its id within the supplier and type: order id, delivery id, report id, or
 *                     {@code <invoice_id>/<line>} for invoice lines
 * @param orderId      the order it belongs to (deliveries, invoice lines), or the order id itself (orders)
 * @param careProvider the care provider's organisation id
 * @param article      the article number (orders, deliveries, lost aids)
 * @param quantity     how many (orders, deliveries)
 * @param date         ordered on, delivered on, invoice date or reported on
 * @param invoiceId    the invoice (invoice lines)
 * @param line         the line number on the invoice (invoice lines)
 * @param mainArea     the main area (huvudområde) invoiced (invoice lines)
 * @param amountOre    the amount in öre (invoice lines)
 * @param patientRef   the opaque pseudonymous patient reference, or null
 */
public record SupplierRecord(RecordType type, String recordId, String orderId, String careProvider, String article,
        Integer quantity, LocalDate date, String invoiceId, Integer line, String mainArea, Long amountOre,
        String patientRef) {
}
