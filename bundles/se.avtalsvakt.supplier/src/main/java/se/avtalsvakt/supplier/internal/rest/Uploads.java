package se.avtalsvakt.supplier.internal.rest;

import java.io.InputStream;
import java.util.Locale;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.supplier.ImportReceipt;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierService.Format;
import se.avtalsvakt.api.supplier.UnreadableFileException;

/**
 * An uploaded supplier file (CSV or JSON, by its media type) handed to the HTTP route and answered with its
 * receipt; a file that cannot be read at all is refused naming the body.
 */
final class Uploads {

    static final String CSV = "text/csv";
    static final String JSON = "application/json";

    /** The HTTP route: a file of one supplier and record type, sent by a user. */
    @FunctionalInterface
    interface Route {
        ImportReceipt ingest(String supplier, RecordType type, Format format, InputStream body, String user);
    }

    private final Route route;

    Uploads(Route route) {
        this.route = route;
    }

    /**
     * @param contentType the request's {@code Content-Type}; the method's {@code @Consumes} let only CSV or JSON in
     * @return the receipt
     */
    ImportReceipt ingest(String supplier, RecordType type, String contentType, InputStream body, String user) {
        try {
            return route.ingest(supplier, type, format(contentType), body, user);
        } catch (UnreadableFileException e) {
            throw new ValidationException("body", e.getMessage());
        }
    }

    /** @return the file format of a media type such as {@code text/csv; charset=UTF-8} */
    static Format format(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return type.equals(JSON) ? Format.JSON : Format.CSV;
    }
}
