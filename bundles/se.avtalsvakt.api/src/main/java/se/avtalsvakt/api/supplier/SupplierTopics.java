package se.avtalsvakt.api.supplier;

/** Event Admin topics of supplier data; property {@code id} names the supplier or delivery. */
public final class SupplierTopics {

    /** A file was imported (or failed); properties {@code id} (the supplier), {@code receipt}, {@code status}. */
    public static final String IMPORTED = "se/avtalsvakt/supplier/IMPORTED";
    /** A delivery check was recorded; property {@code id} (the delivery id). */
    public static final String DELIVERY_CHECKED = "se/avtalsvakt/supplier/DELIVERY_CHECKED";

    private SupplierTopics() {
    }
}
