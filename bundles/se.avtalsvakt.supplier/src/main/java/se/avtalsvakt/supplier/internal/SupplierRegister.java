package se.avtalsvakt.supplier.internal;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

import se.avtalsvakt.api.ConflictException;
import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.calendar.WorkingDayCalendar;
import se.avtalsvakt.api.organisation.OrganisationService;
import se.avtalsvakt.api.supplier.DeliveryCheck;
import se.avtalsvakt.api.supplier.DeliveryView;
import se.avtalsvakt.api.supplier.ImportReceipt;
import se.avtalsvakt.api.supplier.ImportStatus;
import se.avtalsvakt.api.supplier.LineError;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierRecord;
import se.avtalsvakt.api.supplier.SupplierService;
import se.avtalsvakt.api.supplier.SupplierTopics;
import se.avtalsvakt.api.supplier.UnreadableFileException;
import se.avtalsvakt.supplier.internal.parse.CheckLineValidator;
import se.avtalsvakt.supplier.internal.parse.CheckLineValidator.CheckLine;
import se.avtalsvakt.supplier.internal.parse.LineValidator;
import se.avtalsvakt.supplier.internal.parse.RawLine;
import se.avtalsvakt.supplier.internal.parse.RecordReader;
import se.avtalsvakt.supplier.internal.store.Counts;
import se.avtalsvakt.supplier.internal.store.SupplierRepository;
import se.avtalsvakt.supplier.internal.store.SupplierRepository.CheckOutcome;
import se.avtalsvakt.supplier.internal.store.SupplierRepository.StoredDelivery;

/**
 * Supplier data: reads files line by line, validates each line, stores good lines in batches (one transaction per
 * batch: a file of any size goes through in bounded memory) and keeps a receipt per file. Records are idempotent by
 * (supplier, type, record id), so reading a file again, after a crash or by mistake, ends in the same state.
 */
@Component(service = {SupplierService.class, SupplierRegister.class})
public class SupplierRegister implements SupplierService {

    /** Working days a care provider has to check a delivery (R6). */
    public static final int CHECK_WORKING_DAYS = 5;
    static final int BATCH = 500;
    /** Errors kept with a receipt (the error file beside a dropped file has them all). */
    static final int KEPT_ERRORS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(SupplierRegister.class);

    private final SupplierRepository repository;
    private final OrganisationService organisations;
    private final PlatformClock clock;
    private final WorkingDayCalendar calendar;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin eventAdmin;

    @Activate
    public SupplierRegister(@Reference SupplierRepository repository, @Reference OrganisationService organisations,
            @Reference PlatformClock clock, @Reference WorkingDayCalendar calendar) {
        this.repository = repository;
        this.organisations = organisations;
        this.clock = clock;
        this.calendar = calendar;
    }

    @Override
    public ImportReceipt ingest(String supplier, RecordType type, Format format, String source, InputStream content) {
        return ingest(supplier, type, format, source, content, e -> { });
    }

    /**
     * As {@link #ingest(String, RecordType, Format, String, InputStream)}, handing every refused line to
     * {@code errorSink} as well (for the error file beside a dropped file).
     */
    public ImportReceipt ingest(String supplier, RecordType type, Format format, String source, InputStream content,
            Consumer<LineError> errorSink) {
        return ingest(supplier, type, format, source, content, errorSink, null);
    }

    /**
     * As {@link #ingest(String, RecordType, Format, String, InputStream, Consumer)}; {@code user} is who sent the
     * file (kept with delivery checks), or null for the file's source.
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
        return runImport(supplier, type, format, source, content, errorSink,
                raw -> {
                    LineValidator.Result r = validator.validate(raw);
                    return new Validated<>(r.record(), r.errors());
                },
                (importId, batch) -> new CheckOutcome(repository.storeBatch(supplier, type, importId, batch, now()),
                        List.of()));
    }

    /**
     * A file of delivery checks: the same receipt as supplier records (read, stored = new checks, duplicates = the
     * same check again, corrected = a check replaced, rejected), batches of {@link #BATCH} lines per transaction.
     */
    private ImportReceipt ingestChecks(String supplier, Format format, String source, InputStream content,
            Consumer<LineError> errorSink, String user) {
        CheckLineValidator validator = new CheckLineValidator(clock.today());
        ImportReceipt receipt = runImport(supplier, RecordType.DELIVERY_CHECKS, format, source, content, errorSink,
                raw -> {
                    CheckLineValidator.Result r = validator.validate(raw);
                    return new Validated<>(r.check(), r.errors());
                },
                (importId, batch) -> repository.storeChecks(supplier, batch, user, now()));
        EventAdmin events = eventAdmin;
        if (events != null && receipt.stored() + receipt.corrected() > 0) {
            events.postEvent(new Event(SupplierTopics.DELIVERY_CHECKED, Map.of("id", "import-" + receipt.id())));
        }
        return receipt;
    }

    /** A line as validated: the value, or why it was refused. */
    private record Validated<T>(T value, List<LineError> errors) {
    }

    /**
     * Reads a file line by line, validates each line, stores the valid ones {@link #BATCH} to a transaction (where
     * a line may still be refused, e.g. a check of an unknown delivery) and keeps the receipt.
     */
    private <T> ImportReceipt runImport(String supplier, RecordType type, Format format, String source,
            InputStream content, Consumer<LineError> errorSink, Function<RawLine, Validated<T>> validate,
            BiFunction<Long, List<T>, CheckOutcome> store) {
        long importId = repository.startImport(supplier, type, source, now());
        Counts counts = Counts.ZERO;
        List<LineError> kept = new ArrayList<>();
        List<T> batch = new ArrayList<>(BATCH);
        long read = 0;
        long rejected = 0;
        Consumer<LineError> refuse = e -> {
            errorSink.accept(e);
            if (kept.size() < KEPT_ERRORS) {
                kept.add(e);
            }
        };
        try (RecordReader reader = RecordReader.open(format, type, content)) {
            while (reader.hasNext()) {
                read++;
                Validated<T> line = validate.apply(reader.next());
                if (line.value() == null) {
                    rejected++;
                    line.errors().forEach(refuse);
                    continue;
                }
                batch.add(line.value());
                if (batch.size() == BATCH) {
                    CheckOutcome outcome = store.apply(importId, batch);
                    counts = counts.plus(outcome.counts());
                    rejected += outcome.errors().size();
                    outcome.errors().forEach(refuse);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                CheckOutcome outcome = store.apply(importId, batch);
                counts = counts.plus(outcome.counts());
                rejected += outcome.errors().size();
                outcome.errors().forEach(refuse);
            }
        } catch (UnreadableFileException e) {
            Counts sofar = counts.plus(new Counts(read, 0, 0, 0, rejected));
            kept.add(new LineError(0, "", e.getMessage()));
            errorSink.accept(new LineError(0, "", e.getMessage()));
            ImportReceipt receipt = repository.finishImport(importId, ImportStatus.FAILED, sofar, kept, now());
            LOG.warn("Import {} of {} {} from {} failed: {}", importId, supplier, type.path(), source, e.getMessage());
            post(receipt);
            throw e;
        }
        kept.sort(Comparator.comparingLong(LineError::line));
        counts = counts.plus(new Counts(read, 0, 0, 0, rejected));
        ImportReceipt receipt = repository.finishImport(importId, ImportStatus.COMPLETED, counts, kept, now());
        LOG.info("Import {} of {} {} from {}: read {}, stored {}, duplicates {}, corrected {}, rejected {}",
                importId, supplier, type.path(), source, receipt.read(), receipt.stored(), receipt.duplicates(),
                receipt.corrected(), receipt.rejected());
        post(receipt);
        return receipt;
    }

    @Override
    public ImportReceipt recordFailure(String supplier, RecordType type, String source, String reason) {
        long importId = repository.startImport(supplier, type, source, now());
        ImportReceipt receipt = repository.finishImport(importId, ImportStatus.FAILED, Counts.ZERO,
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

    @Override
    public List<ImportReceipt> imports(String supplier, int limit) {
        return repository.imports(supplier, limit);
    }

    @Override
    public List<DeliveryView> deliveries(String careProvider, boolean uncheckedOnly) {
        return repository.deliveries(careProvider, null, null, uncheckedOnly).stream().map(this::view).toList();
    }

    @Override
    public List<String> uncheckedDeliveryIds(String prefix, int limit) {
        return repository.uncheckedDeliveryIds(prefix == null ? "" : prefix, limit);
    }

    List<ImportReceipt> failedImports(Instant from, Instant to) {
        return repository.failedImports(from, to);
    }

    @Override
    public DeliveryView checkDelivery(String deliveryId, String supplier, DeliveryCheck check, String user) {
        List<StoredDelivery> found = repository.deliveriesWithId(deliveryId).stream()
                .filter(d -> supplier == null || d.supplier().equals(supplier)).toList();
        if (found.isEmpty()) {
            throw new NotFoundException("delivery", deliveryId);
        }
        if (found.size() > 1) {
            throw new ConflictException("delivery " + deliveryId + " was reported by several suppliers ("
                    + String.join(", ", found.stream().map(StoredDelivery::supplier).toList())
                    + "): say which supplier");
        }
        LocalDate checkedOn = check.checkedOn() == null ? clock.today() : check.checkedOn();
        String note = check.note() == null || check.note().isBlank() ? null : check.note().strip();
        if (note != null && note.length() > 1000) {
            throw new ValidationException("note", "longer than 1000 characters");
        }
        StoredDelivery d = found.get(0);
        if (checkedOn.isBefore(d.delivery().date())) {
            throw new ValidationException("checkedOn", "before the delivery (" + d.delivery().date() + ")");
        }
        if (checkedOn.isAfter(clock.today())) {
            throw new ValidationException("checkedOn", "in the future");
        }
        StoredDelivery checked = repository.check(d.pk(), new DeliveryCheck(checkedOn, check.matchesOrder(), note),
                Optional.ofNullable(user).orElse("unknown"), now());
        EventAdmin events = eventAdmin;
        if (events != null) {
            events.postEvent(new Event(SupplierTopics.DELIVERY_CHECKED, Map.of("id", deliveryId)));
        }
        return view(checked);
    }

    DeliveryView view(StoredDelivery d) {
        return new DeliveryView(d.supplier(), d.delivery(), checkDue(d.delivery().date()), d.check(), d.checkedBy());
    }

    /** @return the last day to check a delivery made on {@code deliveredOn} */
    LocalDate checkDue(LocalDate deliveredOn) {
        return calendar.addWorkingDays(deliveredOn, CHECK_WORKING_DAYS);
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
