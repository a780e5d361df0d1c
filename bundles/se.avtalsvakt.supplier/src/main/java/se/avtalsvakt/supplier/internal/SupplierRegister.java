package se.avtalsvakt.supplier.internal;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.api.supplier.DeliveryCheck;
import se.avtalsvakt.api.supplier.DeliveryFilter;
import se.avtalsvakt.api.supplier.DeliveryView;
import se.avtalsvakt.api.supplier.ImportReceipt;
import se.avtalsvakt.api.supplier.LineError;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierService;
import se.avtalsvakt.supplier.internal.store.ImportStore;

/**
 * The {@link SupplierService} of the bundle: files in through {@link SupplierIngest}, receipts from the
 * {@link ImportStore}, deliveries and their checks through {@link DeliveryChecks}. It holds no rules of its own.
 */
@Component(service = {SupplierService.class, SupplierRegister.class})
public class SupplierRegister implements SupplierService {

    private final SupplierIngest ingest;
    private final ImportStore imports;
    private final DeliveryChecks checks;

    @Activate
    public SupplierRegister(@Reference SupplierIngest ingest, @Reference ImportStore imports,
            @Reference DeliveryChecks checks) {
        this.ingest = ingest;
        this.imports = imports;
        this.checks = checks;
    }

    @Override
    public ImportReceipt ingest(String supplier, RecordType type, Format format, String source, InputStream content) {
        return ingest.ingest(supplier, type, format, source, content, e -> { }, null);
    }

    /**
     * As {@link #ingest(String, RecordType, Format, String, InputStream)}, handing every refused line to
     * {@code errorSink} as well (for the error file beside a dropped file); {@code user} is who sent the file (kept
     * with delivery checks), or null for the file's source.
     */
    public ImportReceipt ingest(String supplier, RecordType type, Format format, String source, InputStream content,
            Consumer<LineError> errorSink, String user) {
        return ingest.ingest(supplier, type, format, source, content, errorSink, user);
    }

    /** As {@link #ingest(String, RecordType, Format, String, InputStream, Consumer, String)} from the file's source. */
    public ImportReceipt ingest(String supplier, RecordType type, Format format, String source, InputStream content,
            Consumer<LineError> errorSink) {
        return ingest.ingest(supplier, type, format, source, content, errorSink, null);
    }

    @Override
    public ImportReceipt recordFailure(String supplier, RecordType type, String source, String reason) {
        return ingest.recordFailure(supplier, type, source, reason);
    }

    @Override
    public Page<ImportReceipt> imports(String supplier, PageRequest page) {
        return imports.imports(supplier, page);
    }

    /** @return failed imports received in the window (instants), oldest first */
    List<ImportReceipt> failedImports(Instant from, Instant to) {
        return imports.failedImports(from, to);
    }

    @Override
    public Page<DeliveryView> deliveries(DeliveryFilter filter, PageRequest page) {
        return checks.deliveries(filter == null ? DeliveryFilter.all() : filter, page);
    }

    @Override
    public List<String> uncheckedDeliveryIds(String prefix, int limit) {
        return checks.uncheckedDeliveryIds(prefix == null ? "" : prefix, limit);
    }

    @Override
    public DeliveryView checkDelivery(String deliveryId, String supplier, DeliveryCheck check, String user) {
        return checks.checkDelivery(deliveryId, supplier, check, user);
    }

    /** @return the last day to check a delivery made on {@code deliveredOn} */
    LocalDate checkDue(LocalDate deliveredOn) {
        return checks.checkDue(deliveredOn);
    }
}
