package se.avtalsvakt.supplier.internal;

import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.organisation.OrganisationService;
import se.avtalsvakt.api.supplier.ImportReceipt;
import se.avtalsvakt.api.supplier.ImportStatus;
import se.avtalsvakt.api.supplier.LineError;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierRecord;
import se.avtalsvakt.api.supplier.SupplierService.Format;
import se.avtalsvakt.api.supplier.SupplierTopics;
import se.avtalsvakt.api.supplier.UnreadableFileException;
import se.avtalsvakt.supplier.internal.ImportRun.Validated;
import se.avtalsvakt.supplier.internal.parse.CheckLineValidator;
import se.avtalsvakt.supplier.internal.parse.CheckLineValidator.CheckLine;
import se.avtalsvakt.supplier.internal.parse.LineValidator;
import se.avtalsvakt.supplier.internal.parse.RawLine;
import se.avtalsvakt.supplier.internal.store.BatchOutcome;
import se.avtalsvakt.supplier.internal.store.Counts;
import se.avtalsvakt.supplier.internal.store.DeliveryCheckStore;
import se.avtalsvakt.supplier.internal.store.ImportStore;
import se.avtalsvakt.supplier.internal.store.RecordStore;

/**
 * Supplier files in: each file read line by line ({@link ImportRun}), good lines stored in batches and a receipt
 * kept per file. Records are idempotent by (supplier, type, record id), so reading a file again, after a crash or by
 * mistake, ends in the same state; a file of delivery checks is stored as the checks of the supplier's deliveries.
 */
@Component(service = SupplierIngest.class)
public class SupplierIngest {

    private static final Logger LOG = LoggerFactory.getLogger(SupplierIngest.class);

    private final ImportStore imports;
    private final RecordStore records;
    private final DeliveryCheckStore checks;
    private final OrganisationService organisations;
    private final PlatformClock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin eventAdmin;

    @Activate
    public SupplierIngest(@Reference ImportStore imports, @Reference RecordStore records,
            @Reference DeliveryCheckStore checks, @Reference OrganisationService organisations,
            @Reference PlatformClock clock) {
        this.imports = imports;
        this.records = records;
        this.checks = checks;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * A file of {@code type} from {@code supplier}: see {@link se.avtalsvakt.api.supplier.SupplierService#ingest};
     * every refused line also goes to {@code errorSink} (for the error file beside a dropped file).
     *
     * @param user who sent the file (kept with delivery checks), or null for the file's source
     */
    public ImportReceipt ingest(String supplier, RecordType type, Format format, String source, InputStream content,
            Consumer<LineError> errorSink, String user) {
        requireSupplier(supplier);
        if (type == RecordType.DELIVERY_CHECKS) {
            return ingestChecks(supplier, format, source, content, errorSink,
                    user == null ? "import:" + source : user);
        }
        Map<String, Boolean> careProviders = new HashMap<>();
        LineValidator validator = new LineValidator(type,
                id -> careProviders.computeIfAbsent(id, k -> organisations.find(k).isPresent()), clock.today());
        Function<RawLine, Validated<SupplierRecord>> validate = raw -> {
            LineValidator.Result r = validator.validate(raw);
            return new Validated<>(r.record(), r.errors());
        };
        return runImport(supplier, type, format, source, content, errorSink, validate,
                (importId, batch) -> BatchOutcome.of(records.storeBatch(supplier, type, importId, batch, now())));
    }

    /**
     * A file of delivery checks: the same receipt as supplier records (read, stored = new checks, duplicates = the
     * same check again, corrected = a check replaced, rejected).
     */
    private ImportReceipt ingestChecks(String supplier, Format format, String source, InputStream content,
            Consumer<LineError> errorSink, String user) {
        CheckLineValidator validator = new CheckLineValidator(clock.today());
        Function<RawLine, Validated<CheckLine>> validate = raw -> {
            CheckLineValidator.Result r = validator.validate(raw);
            return new Validated<>(r.check(), r.errors());
        };
        ImportReceipt receipt = runImport(supplier, RecordType.DELIVERY_CHECKS, format, source, content, errorSink,
                validate, (importId, batch) -> checks.storeChecks(supplier, batch, user, now()));
        EventAdmin events = eventAdmin;
        if (events != null && receipt.stored() + receipt.corrected() > 0) {
            events.postEvent(new Event(SupplierTopics.DELIVERY_CHECKED, Map.of("id", "import-" + receipt.id())));
        }
        return receipt;
    }

    /** Runs the import of one file under a new receipt, and finishes the receipt however the file ends. */
    private <T> ImportReceipt runImport(String supplier, RecordType type, Format format, String source,
            InputStream content, Consumer<LineError> errorSink, Function<RawLine, Validated<T>> validate,
            BiFunction<Long, List<T>, BatchOutcome> store) {
        long started = System.nanoTime();
        long importId = imports.startImport(supplier, type, source, now());
        ImportRun<T> run = new ImportRun<>(validate, batch -> store.apply(importId, batch), errorSink);
        ImportRun.Result result;
        try {
            result = run.run(format, type, content);
        } catch (UnreadableFileException e) {
            ImportRun.Result sofar = run.sofar();
            ImportReceipt receipt = imports.finishImport(importId, ImportStatus.FAILED, sofar.counts(), sofar.kept(),
                    now());
            LOG.warn("Import {} of {} {} from {} failed after {} ms: {}", importId, supplier, type.path(), source,
                    (System.nanoTime() - started) / 1_000_000, e.getMessage());
            post(receipt);
            throw e;
        }
        ImportReceipt receipt = imports.finishImport(importId, ImportStatus.COMPLETED, result.counts(),
                result.kept(), now());
        // the one line per import: nothing is logged per line or per batch
        LOG.info("Import {} of {} {} from {}: read {}, stored {}, duplicates {}, corrected {}, rejected {} in {} ms",
                importId, supplier, type.path(), source, receipt.read(), receipt.stored(), receipt.duplicates(),
                receipt.corrected(), receipt.rejected(), (System.nanoTime() - started) / 1_000_000);
        post(receipt);
        return receipt;
    }

    /** Keeps a failed receipt for a file that could not be imported (e.g. after transient failures ran out). */
    public ImportReceipt recordFailure(String supplier, RecordType type, String source, String reason) {
        long importId = imports.startImport(supplier, type, source, now());
        ImportReceipt receipt = imports.finishImport(importId, ImportStatus.FAILED, Counts.ZERO,
                List.of(new LineError(0, "", reason)), now());
        LOG.warn("Import {} of {} {} from {} failed: {}", importId, supplier, type.path(), source, reason);
        post(receipt);
        return receipt;
    }

    private void requireSupplier(String supplier) {
        if (supplier == null || organisations.find(supplier).isEmpty()) {
            throw new ValidationException("supplier", "unknown supplier (give its organisation id, e.g. "
                    + "hjalpmedelscentralen): '" + supplier + "'");
        }
    }

    private void post(ImportReceipt r) {
        EventAdmin events = eventAdmin;
        if (events != null) {
            events.postEvent(new Event(SupplierTopics.IMPORTED, Map.of("id", r.supplier(), "receipt", r.id(),
                    "status", r.status().name())));
        }
    }

    private Instant now() {
        return clock.now().toInstant();
    }
}
