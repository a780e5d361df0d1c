package se.avtalsvakt.api.supplier;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of record a supplier sends, with the columns of their CSV header (a contract with the suppliers; JSON
 * uses the same field names).
 */
public enum RecordType {
    ORDERS("orders", "order_id", "care_provider", "article", "quantity", "ordered_on", "patient_ref"),
    DELIVERIES("deliveries", "delivery_id", "order_id", "care_provider", "article", "quantity", "delivered_on",
            "patient_ref"),
    INVOICE_LINES("invoice-lines", "invoice_id", "line", "order_id", "care_provider", "main_area", "amount",
            "invoice_date"),
    LOST_AIDS("lost-aids", "report_id", "care_provider", "article", "reported_on", "patient_ref"),
    /**
     * Care providers' checks of delivered aids (R6), one per delivery; not a supplier record: a check line names a
     * delivery of the supplier the file or upload is for, and is stored as that delivery's check.
     */
    DELIVERY_CHECKS("delivery-checks", "delivery_id", "checked_on", "matches_order", "note");

    private final String path;
    private final List<String> columns;

    RecordType(String path, String... columns) {
        this.path = path;
        this.columns = List.of(columns);
    }

    /** @return the name in URLs and folders, e.g. {@code invoice-lines} */
    public String path() {
        return path;
    }

    /** @return the header columns, in the documented order */
    public List<String> columns() {
        return columns;
    }

    /** @return the type named {@code name}: its path ({@code invoice-lines}) or constant name, any case */
    public static Optional<RecordType> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(t -> t.path.equals(n)).findFirst();
    }
}
