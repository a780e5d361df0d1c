package se.avtalsvakt.supplier.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.DeadlineSource;
import se.avtalsvakt.api.supplier.DeliveryView;
import se.avtalsvakt.api.supplier.ImportReceipt;
import se.avtalsvakt.api.supplier.SupplierRecord;

/**
 * Supplier deadlines: every unchecked delivery must be checked by its care provider within five working days of
 * delivery (R6), owned by that care provider. Events: a file that could not be imported, for operations.
 */
@Component(service = DeadlineSource.class)
public class SupplierDeadlineSource implements DeadlineSource {

    static final String SOURCE = "supplier";
    static final String DELIVERY_CHECK = "DELIVERY_CHECK";
    static final String IMPORT_FAILED = "IMPORT_FAILED";

    private final SupplierRegister register;
    private final PlatformClock clock;

    @Activate
    public SupplierDeadlineSource(@Reference SupplierRegister register, @Reference PlatformClock clock) {
        this.register = register;
        this.clock = clock;
    }

    @Override
    public String id() {
        return SOURCE;
    }

    @Override
    public List<Deadline> deadlines(LocalDate from, LocalDate to) {
        return register.uncheckedDueBetween(from, to).stream().map(SupplierDeadlineSource::deadline).toList();
    }

    static Deadline deadline(DeliveryView d) {
        SupplierRecord r = d.delivery();
        return new Deadline(SOURCE, d.supplier() + "/" + r.recordId(),
                "Delivery " + r.recordId() + " (article " + r.article() + ", quantity " + r.quantity() + ") from "
                        + d.supplier() + ", delivered " + r.date(),
                DELIVERY_CHECK, d.checkDueOn(), d.checkDueOn(), r.careProvider(),
                "Check the delivery against the order within five working days and record the check (R6)");
    }

    @Override
    public List<Deadline> events(LocalDate from, LocalDate to) {
        return register.failedImports(from.atStartOfDay(clock.zone()).toInstant(),
                to.plusDays(1).atStartOfDay(clock.zone()).toInstant()).stream().map(this::event).toList();
    }

    private Deadline event(ImportReceipt r) {
        LocalDate day = r.receivedAt().atZone(clock.zone()).toLocalDate();
        String reason = r.errors().isEmpty() ? "" : ": " + r.errors().get(0).reason();
        return new Deadline(SOURCE, "import-" + r.id(), "Import " + r.id() + " of " + r.type().path() + " from "
                + r.supplier() + " (" + r.source() + ")", IMPORT_FAILED, day, day, null,
                "The file could not be imported and was set aside as a dead letter (.failed)" + reason);
    }
}
