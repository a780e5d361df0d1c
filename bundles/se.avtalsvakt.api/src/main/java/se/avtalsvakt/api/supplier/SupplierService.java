package se.avtalsvakt.api.supplier;

import java.io.InputStream;
import java.util.List;

import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/**
 * Supplier data: imports of files and their receipts, deliveries and their checks.
 */
public interface SupplierService {

    /** The formats of an import. */
    enum Format {
        /** UTF-8 (optional BOM), {@code ;}-separated, header row. */
        CSV,
        /** An array of objects with the CSV's column names as field names. */
        JSON
    }

    /**
     * Reads a file line by line, stores the good lines (idempotent by supplier, type and record id; a known id with
     * new content is a correction) in batches, and keeps a receipt. Bad lines are listed in the receipt.
     *
     * @param supplier the supplier's organisation id
     * @param type     the kind of records
     * @param format   the file's format
     * @param source   where it came from (a file name, {@code http}), kept in the receipt
     * @param content  the file; read to the end and closed
     * @return the receipt, also kept
     * @throws se.avtalsvakt.api.ValidationException if the supplier is unknown
     * @throws UnreadableFileException if the file cannot be read at all; a failed receipt is kept
     */
    ImportReceipt ingest(String supplier, RecordType type, Format format, String source, InputStream content);

    /**
     * Keeps a failed receipt for a file that could not be imported (e.g. after transient failures ran out).
     *
     * @return the receipt
     */
    ImportReceipt recordFailure(String supplier, RecordType type, String source, String reason);

    /**
     * @param supplier only this supplier's imports, or null for all
     * @param page     which page, newest first
     * @return one page of receipts, newest first
     */
    Page<ImportReceipt> imports(String supplier, PageRequest page);

    /**
     * One page of deliveries, by delivery date, then supplier, then delivery id (a stable order: the cursor
     * continues after the last delivery of the page before).
     *
     * @param filter which deliveries
     * @param page   which page
     * @return the page
     * @throws se.avtalsvakt.api.ValidationException naming {@code deliveredTo} if it is before
     *         {@code deliveredFrom}, or {@code cursor} if the cursor is not one of this list
     */
    Page<DeliveryView> deliveries(DeliveryFilter filter, PageRequest page);

    /**
     * The ids of deliveries not yet checked that start with a prefix, for completing {@code delivery:check}: a
     * bounded read, however many deliveries there are.
     *
     * @param prefix what has been typed so far; empty or null for any
     * @param limit  at most this many
     * @return matching delivery ids in order, each once
     */
    List<String> uncheckedDeliveryIds(String prefix, int limit);

    /**
     * Records a check of a delivery; a later check replaces an earlier one.
     *
     * @param deliveryId the delivery id
     * @param supplier   the supplier, needed only when two suppliers use the same delivery id; else null
     * @param check      the check
     * @param user       who records it
     * @return the delivery with its check
     * @throws se.avtalsvakt.api.NotFoundException if there is no such delivery
     */
    DeliveryView checkDelivery(String deliveryId, String supplier, DeliveryCheck check, String user);
}
