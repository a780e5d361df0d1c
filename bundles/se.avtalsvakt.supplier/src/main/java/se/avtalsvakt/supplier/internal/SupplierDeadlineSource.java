package se.avtalsvakt.supplier.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.DeadlineSource;
import se.avtalsvakt.api.deadline.KindText;
import se.avtalsvakt.api.deadline.KindTexts;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationService;
import se.avtalsvakt.api.supplier.Discrepancy;
import se.avtalsvakt.api.supplier.DiscrepancyKind;
import se.avtalsvakt.api.supplier.ImportReceipt;
import se.avtalsvakt.supplier.internal.analysis.SupplierAnalysisService;
import se.avtalsvakt.supplier.internal.analysis.SupplierAnalysisService.PeriodFinding;

/**
 * Supplier deadlines: deliveries must be checked by their care provider within five working days (R6); one
 * {@code DELIVERIES_UNCHECKED} deadline per care provider, supplier and check deadline day counts those still
 * unchecked, owned by the care provider, and is reported as overdue once the day has passed, however old. Events: a
 * file that could not be imported (for operations), the invoice discrepancies of a care provider in an invoice
 * period, and deliveries checked as not matching their order (to the care provider and to the supplier).
 */
@Component(service = DeadlineSource.class)
public class SupplierDeadlineSource implements DeadlineSource {

    static final String SOURCE = "supplier";
    /** The Swedish names of this source's kinds and what to do: OSGI-INF/l10n/texts_sv.properties. */
    static final KindTexts TEXTS = KindTexts.of(SupplierDeadlineSource.class);
    static final String IMPORT_FAILED = "IMPORT_FAILED";
    static final String INVOICE_DISCREPANCY = "INVOICE_DISCREPANCY";

    private final SupplierRegister register;
    private final SupplierAnalysisService analysis;
    private final PlatformClock clock;
    private final OrganisationService organisations;
    private final DeliveryCheckDeadlines checks;

    @Activate
    public SupplierDeadlineSource(@Reference SupplierRegister register, @Reference SupplierAnalysisService analysis,
            @Reference PlatformClock clock, @Reference OrganisationService organisations) {
        this.register = register;
        this.analysis = analysis;
        this.clock = clock;
        this.organisations = organisations;
        this.checks = new DeliveryCheckDeadlines(analysis.queries(), register::checkDue, this::name, clock.zone());
    }

    @Override
    public String id() {
        return SOURCE;
    }

    @Override
    public Optional<KindText> text(String kind) {
        return TEXTS.text(kind);
    }

    /** @return per care provider, supplier and check deadline day in the window: the deliveries still unchecked */
    @Override
    public List<Deadline> deadlines(LocalDate from, LocalDate to) {
        return checks.dueBetween(from, to);
    }

    /** @return per care provider, supplier and check deadline day before today: the deliveries still unchecked */
    @Override
    public List<Deadline> overdue(LocalDate today) {
        return checks.overdue(today);
    }

    /** @return the deliveries whose mismatching check was recorded in the window, two events each */
    @Override
    public List<Deadline> eventsRecorded(LocalDate from, LocalDate to) {
        return checks.mismatchesRecordedBetween(from, to);
    }

    private String name(String organisation) {
        return organisations.find(organisation).map(Organisation::name).orElse(organisation);
    }

    /**
     * Events: files that could not be imported (for operations), deliveries checked as not matching their order,
     * and invoice discrepancies: one event per care provider, supplier and invoice period (the month of the invoice
     * date), to the care provider, on the day a line of those invoices was last imported, counting the invoices and
     * discrepancies behind it. It is reported as long as any discrepancy of the period stands, so its alert is
     * resolved once they are all gone; a new discrepancy in the period moves the day, which raises a fresh alert
     * with the new count in place of the old one.
     */
    @Override
    public List<Deadline> events(LocalDate from, LocalDate to) {
        List<Deadline> events = new ArrayList<>(register.failedImports(from.atStartOfDay(clock.zone()).toInstant(),
                to.plusDays(1).atStartOfDay(clock.zone()).toInstant()).stream().map(this::event).toList());
        events.addAll(checks.mismatchesCheckedBetween(from, to));
        for (PeriodFinding f : analysis.periodsWithDiscrepancies(from.atStartOfDay(clock.zone()).toInstant())) {
            LocalDate day = f.lastImported().atZone(clock.zone()).toLocalDate();
            if (!day.isAfter(to)) {
                events.add(invoiceEvent(f, day, this::name));
            }
        }
        return events;
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy",
            Locale.forLanguageTag("sv-SE"));
    /** Invoice numbers named in an alert; more are counted. */
    static final int INVOICES_NAMED = 3;

    /** @return the event of one care provider's invoice discrepancies from one supplier in one invoice period */
    static Deadline invoiceEvent(PeriodFinding f, LocalDate day, java.util.function.Function<String, String> names) {
        Map<DiscrepancyKind, Long> kinds = new TreeMap<>(f.discrepancies().stream()
                .collect(Collectors.groupingBy(Discrepancy::kind, Collectors.counting())));
        String summary = kinds.entrySet().stream().map(e -> e.getValue() + " " + words(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        String supplier = names.apply(f.supplier());
        String careProvider = names.apply(f.careProvider());
        String period = MONTH.format(f.period());
        int n = f.invoices().size();
        String invoices = n == 1 ? "faktura " + f.invoices().get(0)
                : n + " fakturor (" + String.join(", ", f.invoices().subList(0, Math.min(n, INVOICES_NAMED)))
                        + (n > INVOICES_NAMED ? " med flera" : "") + ")";
        int count = f.discrepancies().size();
        String description = count + (count == 1 ? " avvikelse" : " avvikelser") + " på " + invoices + " från "
                + supplier + " till " + careProvider + " med fakturadatum i " + period + ": " + summary + ". "
                + "Granska fakturaunderlaget (samarbetsavtalet §9) och kontakta leverantören innan "
                + (n == 1 ? "fakturan" : "fakturorna") + " attesteras. Avvikelserna listas under "
                + "fakturaavvikelser för " + careProvider + ".";
        return new Deadline(SOURCE, f.careProvider() + "/" + f.supplier() + "/" + f.period(), "Fakturor från "
                + supplier + " till " + careProvider + ", " + period, INVOICE_DISCREPANCY, day, day,
                f.careProvider(), description);
    }

    /** @return the discrepancy in Swedish, in the singular or plural */
    static String words(DiscrepancyKind kind, long count) {
        boolean one = count == 1;
        return switch (kind) {
            case INVOICED_NOT_DELIVERED -> one ? "rad fakturerad men inte levererad" : "rader fakturerade men inte "
                    + "levererade";
            case DELIVERED_NOT_INVOICED -> one ? "leverans som inte fakturerats" : "leveranser som inte fakturerats";
            case AMOUNT_DIFFERS -> one ? "avvikande belopp" : "avvikande belopp";
            case DUPLICATE_LINE -> one ? "dubbelfakturerad rad" : "dubbelfakturerade rader";
        };
    }

    private Deadline event(ImportReceipt r) {
        LocalDate day = r.receivedAt().atZone(clock.zone()).toLocalDate();
        String reason = r.errors().isEmpty() ? "" : ": " + r.errors().get(0).reason();
        return new Deadline(SOURCE, "import-" + r.id(), "Import " + r.id() + " av " + r.type().path() + " från "
                + name(r.supplier()) + " (" + r.source() + ")", IMPORT_FAILED, day, day, null,
                "Filen kunde inte läsas in och har lagts åt sidan (.failed)" + reason);
    }
}
