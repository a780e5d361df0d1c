package se.avtalsvakt.supplier.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.DeadlineSource;
import se.avtalsvakt.api.supplier.DeliveryView;
import se.avtalsvakt.api.supplier.Discrepancy;
import se.avtalsvakt.api.supplier.DiscrepancyKind;
import se.avtalsvakt.api.supplier.ImportReceipt;
import se.avtalsvakt.api.supplier.SupplierRecord;
import se.avtalsvakt.supplier.internal.analysis.SupplierAnalysisService;
import se.avtalsvakt.supplier.internal.analysis.SupplierAnalysisService.InvoiceFinding;

/**
 * Supplier deadlines: every unchecked delivery must be checked by its care provider within five working days of
 * delivery (R6), owned by that care provider. Events: a file that could not be imported, for operations.
 */
@Component(service = DeadlineSource.class)
public class SupplierDeadlineSource implements DeadlineSource {

    static final String SOURCE = "supplier";
    static final String DELIVERY_CHECK = "DELIVERY_CHECK";
    static final String IMPORT_FAILED = "IMPORT_FAILED";
    static final String INVOICE_DISCREPANCY = "INVOICE_DISCREPANCY";

    private final SupplierRegister register;
    private final SupplierAnalysisService analysis;
    private final PlatformClock clock;

    @Activate
    public SupplierDeadlineSource(@Reference SupplierRegister register, @Reference SupplierAnalysisService analysis,
            @Reference PlatformClock clock) {
        this.register = register;
        this.analysis = analysis;
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
                "Leverans " + r.recordId() + " (artikel " + r.article() + ", antal " + r.quantity() + ") från "
                        + d.supplier() + ", levererad " + r.date(),
                DELIVERY_CHECK, d.checkDueOn(), d.checkDueOn(), r.careProvider(),
                "Kontrollera leveransen mot beställningen inom fem arbetsdagar och registrera kontrollen (R6)");
    }

    /**
     * Events: files that could not be imported (for operations), and invoices with discrepancies (one event per
     * invoice, to its care provider, on the day its lines were last imported; it is reported as long as the
     * discrepancies stand, so the alert is resolved once they are gone).
     */
    @Override
    public List<Deadline> events(LocalDate from, LocalDate to) {
        List<Deadline> events = new ArrayList<>(register.failedImports(from.atStartOfDay(clock.zone()).toInstant(),
                to.plusDays(1).atStartOfDay(clock.zone()).toInstant()).stream().map(this::event).toList());
        List<InvoiceFinding> findings = analysis.invoicesWithDiscrepancies(from.atStartOfDay(clock.zone())
                .toInstant());
        Map<String, Long> perInvoice = findings.stream().collect(Collectors.groupingBy(
                f -> f.supplier() + "/" + f.invoiceId(), Collectors.counting()));
        for (InvoiceFinding f : findings) {
            LocalDate day = f.lastImported().atZone(clock.zone()).toLocalDate();
            if (day.isAfter(to)) {
                continue;
            }
            String subject = f.supplier() + "/" + f.invoiceId();
            if (perInvoice.get(subject) > 1) {
                subject += "/" + f.careProvider(); // one invoice billing several care providers: one alert each
            }
            events.add(invoiceEvent(subject, f, day));
        }
        return events;
    }

    static Deadline invoiceEvent(String subject, InvoiceFinding f, LocalDate day) {
        Map<DiscrepancyKind, Long> kinds = new TreeMap<>(f.discrepancies().stream()
                .collect(Collectors.groupingBy(Discrepancy::kind, Collectors.counting())));
        String summary = kinds.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().name())
                .collect(Collectors.joining(", "));
        return new Deadline(SOURCE, subject, "Faktura " + f.invoiceId() + " från " + f.supplier() + " till "
                + f.careProvider(), INVOICE_DISCREPANCY, day, day, f.careProvider(),
                "Granska fakturaunderlaget (R6): " + summary + " (invoice:discrepancies --invoice " + f.invoiceId()
                        + ")");
    }

    private Deadline event(ImportReceipt r) {
        LocalDate day = r.receivedAt().atZone(clock.zone()).toLocalDate();
        String reason = r.errors().isEmpty() ? "" : ": " + r.errors().get(0).reason();
        return new Deadline(SOURCE, "import-" + r.id(), "Import " + r.id() + " av " + r.type().path() + " från "
                + r.supplier() + " (" + r.source() + ")", IMPORT_FAILED, day, day, null,
                "Filen kunde inte läsas in och har lagts åt sidan (.failed)" + reason);
    }
}
