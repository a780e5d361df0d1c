package se.avtalsvakt.supplier.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

import javax.ws.rs.WebApplicationException;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.supplier.ImportReceipt;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierService.Format;
import se.avtalsvakt.api.supplier.UnreadableFileException;

/**
 * An uploaded supplier file (CSV or JSON, by its media type) handed to the HTTP route and answered with its
 * receipt; a file that cannot be read at all is refused naming the body.
 *
 * <p>Uploads are bounded ({@code upload.maxBytes}): a declared {@code Content-Length} above the limit is refused
 * with 413 before a byte of the body is read; any other body is copied to a temporary file while it is counted,
 * refused with 413 as soon as the count passes the limit, and handed to the route only once it has arrived whole,
 * so a file is never half imported. The temporary file is deleted in every case.
 */
final class Uploads {

    static final String CSV = "text/csv";
    static final String JSON = "application/json";
    /** 413: the body is larger than the limit. */
    static final int PAYLOAD_TOO_LARGE = 413;

    /** The HTTP route: a file of one supplier and record type, sent by a user. */
    @FunctionalInterface
    interface Route {
        ImportReceipt ingest(String supplier, RecordType type, Format format, InputStream body, String user);
    }

    private final Route route;
    private final LongSupplier maxBytes;
    private final Path tempDir;

    /**
     * @param maxBytes the largest body accepted, in bytes (read at each upload: the configuration may change)
     * @param tempDir  where bodies are kept until they have arrived whole, or null for the system's
     */
    Uploads(Route route, LongSupplier maxBytes, Path tempDir) {
        this.route = route;
        this.maxBytes = maxBytes;
        this.tempDir = tempDir;
    }

    /**
     * @param contentType   the request's {@code Content-Type}; the method's {@code @Consumes} let only CSV or JSON in
     * @param contentLength the request's {@code Content-Length}, or null for a chunked body
     * @return the receipt
     * @throws WebApplicationException 413 if the body is larger than the limit
     */
    ImportReceipt ingest(String supplier, RecordType type, String contentType, String contentLength,
            InputStream body, String user) {
        long limit = maxBytes.getAsLong();
        Long declared = length(contentLength);
        if (declared != null && declared > limit) {
            RequestBodies.abandon(body);
            throw tooLarge(limit);
        }
        Path file = spool(body, limit);
        try (InputStream in = Files.newInputStream(file)) {
            return route.ingest(supplier, type, format(contentType), in, user);
        } catch (UnreadableFileException e) {
            throw new ValidationException("body", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(file);
        }
    }

    /** @return the body in a temporary file, counted as it is copied; refused as soon as it passes the limit */
    private Path spool(InputStream body, long limit) {
        Path file;
        try {
            file = tempDir == null ? Files.createTempFile("avtalsvakt-upload-", ".part")
                    : Files.createTempFile(tempDir, "avtalsvakt-upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the upload in a temporary file", e);
        }
        boolean whole = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long count = 0;
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                count += n;
                if (count > limit) {
                    RequestBodies.abandon(body);
                    throw tooLarge(limit);
                }
                out.write(buffer, 0, n);
            }
            whole = true;
            return file;
        } catch (IOException e) {
            throw new ValidationException("body", "the upload broke off before its end: nothing was imported ("
                    + e.getMessage() + ")");
        } finally {
            if (!whole) {
                delete(file);
            }
        }
    }

    static WebApplicationException tooLarge(long limit) {
        return new WebApplicationException("the file is larger than the upload limit of " + size(limit)
                + " (upload.maxBytes of se.avtalsvakt.supplier.routes): send larger files through the supplier's "
                + "file drop, the folder <supplier>/<record type> under the inbox of the same configuration, which "
                + "reads files of any size as a stream", PAYLOAD_TOO_LARGE);
    }

    /** @return a byte count for people: {@code 50 MiB (52428800 bytes)} */
    static String size(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return (bytes >> 20) + " MiB (" + bytes + " bytes)";
        }
        return bytes + " bytes";
    }

    private static Long length(String contentLength) {
        if (contentLength == null || contentLength.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(contentLength.strip());
        } catch (NumberFormatException e) {
            return null; // the container refuses a malformed length; the count still bounds the body
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /** @return the file format of a media type such as {@code text/csv; charset=UTF-8} */
    static Format format(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return type.equals(JSON) ? Format.JSON : Format.CSV;
    }
}
