package se.avtalsvakt.supplier.internal.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.calendar.WorkingDayCalendar;
import se.avtalsvakt.api.supplier.CheckCompliance;
import se.avtalsvakt.api.supplier.Discrepancy;
import se.avtalsvakt.api.supplier.DiscrepancyKind;
import se.avtalsvakt.api.supplier.InvoicedCost;
import se.avtalsvakt.api.supplier.LostAidSummary;
import se.avtalsvakt.api.supplier.SupplierAnalysis;
import se.avtalsvakt.supplier.internal.DeliveryChecks;
import se.avtalsvakt.supplier.internal.analysis.AnalysisQueries.DeliveryGroup;
import se.avtalsvakt.supplier.internal.analysis.AnalysisQueries.Line;
import se.avtalsvakt.supplier.internal.analysis.AnalysisQueries.Repeat;
import se.avtalsvakt.supplier.internal.analysis.AnalysisQueries.Unbilled;
import se.avtalsvakt.supplier.internal.store.SupplierSchema;

/**
 * Delivery-check compliance, invoice reconciliation (the rules are in docs/supplier-formats.md), the lost-aid
 * register and the invoiced cost, from the stored supplier data.
 */
@Component(service = {SupplierAnalysis.class, SupplierAnalysisService.class})
public class SupplierAnalysisService implements SupplierAnalysis {

    /** The longest span of months asked for at once. */
    static final int MAX_MONTHS = 120;

    private final AnalysisQueries queries;
    private final WorkingDayCalendar calendar;

    @Activate
    public SupplierAnalysisService(
            @Reference(target = "(osgi.jndi.service.name=avtalsvakt)") DataSource dataSource,
            @Reference WorkingDayCalendar calendar, @Reference SupplierSchema schema) {
        this(new AnalysisQueries(dataSource), calendar);
    }

    /** For tests. */
    public SupplierAnalysisService(AnalysisQueries queries, WorkingDayCalendar calendar) {
        this.queries = queries;
        this.calendar = calendar;
    }

    /** @return the SQL behind the figures, for the bundle's deadline source */
    public AnalysisQueries queries() {
        return queries;
    }

    @Override
    public List<CheckCompliance> checkCompliance(String careProvider, YearMonth from, YearMonth to) {
        if (from == null || to == null) {
            throw new ValidationException(from == null ? "from" : "to", "required: a month (YYYY-MM)");
        }
        if (to.isBefore(from)) {
            throw new ValidationException("to", "before from (" + from + ")");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to)) {
            throw new ValidationException("to", "at most " + MAX_MONTHS + " months from 'from'");
        }
        return compliance(queries.deliveryGroups(careProvider, from.atDay(1), to.atEndOfMonth()),
                d -> calendar.addWorkingDays(d, DeliveryChecks.CHECK_WORKING_DAYS));
    }

    /**
     * Counts groups of deliveries per care provider and month: checked on or before the check deadline (in time),
     * after it (late), not checked.
     *
     * @param dueOn the check deadline of a delivery date
     */
    static List<CheckCompliance> compliance(List<DeliveryGroup> groups, UnaryOperator<LocalDate> dueOn) {
        record Key(String careProvider, YearMonth month) {
        }
        Map<LocalDate, LocalDate> due = new HashMap<>();
        Map<Key, int[]> counts = new TreeMap<>(Comparator.comparing(Key::careProvider).thenComparing(Key::month));
        for (DeliveryGroup g : groups) {
            int[] c = counts.computeIfAbsent(new Key(g.careProvider(), YearMonth.from(g.deliveredOn())),
                    k -> new int[3]);
            if (g.checkedOn() == null) {
                c[2] += g.count();
            } else if (g.checkedOn().isAfter(due.computeIfAbsent(g.deliveredOn(), dueOn))) {
                c[1] += g.count();
            } else {
                c[0] += g.count();
            }
        }
        List<CheckCompliance> result = new ArrayList<>();
        counts.forEach((k, c) -> result.add(new CheckCompliance(k.careProvider(), k.month(), c[0] + c[1] + c[2],
                c[0], c[1], c[2])));
        return result;
    }

    @Override
    public List<Discrepancy> discrepancies(String careProvider, String invoiceId) {
        List<Discrepancy> result = new ArrayList<>(invoiceDiscrepancies(careProvider, invoiceId, null));
        if (invoiceId == null) {
            for (Unbilled u : queries.deliveredNotInvoiced(careProvider)) {
                result.add(new Discrepancy(u.supplier(), null, null, u.careProvider(), u.orderId(),
                        DiscrepancyKind.DELIVERED_NOT_INVOICED, "Ordern " + u.orderId() + " levererades "
                                + u.deliveredOn() + " men finns inte på någon faktura, fast " + u.supplier()
                                + " har fakturerat " + u.careProvider() + " till och med " + u.latestInvoice(),
                        null, null));
            }
        }
        return result;
    }

    /**
     * The discrepancies on invoices (all kinds but {@link DiscrepancyKind#DELIVERED_NOT_INVOICED}), by invoice then
     * line.
     *
     * @param since only invoices with a line imported at or after this, or null
     */
    List<Discrepancy> invoiceDiscrepancies(String careProvider, String invoiceId, Instant since) {
        List<Discrepancy> result = new ArrayList<>();
        for (Line l : queries.invoicedNotDelivered(careProvider, invoiceId, since)) {
            result.add(new Discrepancy(l.supplier(), l.invoiceId(), l.line(), l.careProvider(), l.orderId(),
                    DiscrepancyKind.INVOICED_NOT_DELIVERED, "Rad " + l.line() + " fakturerar ordern " + l.orderId()
                            + ", som " + l.supplier() + " inte har rapporterat någon leverans av",
                    l.amountOre(), null));
        }
        for (Repeat r : queries.repeatedLines(careProvider, invoiceId, since)) {
            Line l = r.line();
            Line f = r.first();
            boolean same = l.amountOre() == f.amountOre();
            result.add(new Discrepancy(l.supplier(), l.invoiceId(), l.line(), l.careProvider(), l.orderId(),
                    same ? DiscrepancyKind.DUPLICATE_LINE : DiscrepancyKind.AMOUNT_DIFFERS,
                    (same ? "Rad " + l.line() + " fakturerar ordern " + l.orderId() + " en gång till, med samma "
                            + "belopp som " : "Rad " + l.line() + " fakturerar ordern " + l.orderId() + " med "
                            + sek(l.amountOre()) + ", men ordern fakturerades först med " + sek(f.amountOre())
                            + " på ") + "faktura " + f.invoiceId() + " rad " + f.line(),
                    l.amountOre(), f.amountOre()));
        }
        result.sort(Comparator.comparing(Discrepancy::invoiceId).thenComparing(Discrepancy::supplier)
                .thenComparing(Discrepancy::line).thenComparing(Discrepancy::kind));
        return result;
    }

    /** An invoice with discrepancies, for its alert. */
    public record InvoiceFinding(String supplier, String invoiceId, String careProvider, Instant lastImported,
            List<Discrepancy> discrepancies) {
    }

    /** @return the invoices with a line imported at or after {@code since} that have discrepancies */
    public List<InvoiceFinding> invoicesWithDiscrepancies(Instant since) {
        record Key(String supplier, String invoiceId, String careProvider) {
        }
        Map<Key, List<Discrepancy>> found = new LinkedHashMap<>();
        for (Discrepancy d : invoiceDiscrepancies(null, null, since)) {
            found.computeIfAbsent(new Key(d.supplier(), d.invoiceId(), d.careProvider()), k -> new ArrayList<>())
                    .add(d);
        }
        if (found.isEmpty()) {
            return List.of();
        }
        List<InvoiceFinding> result = new ArrayList<>();
        for (AnalysisQueries.InvoiceTouch t : queries.invoicesTouchedSince(since)) {
            List<Discrepancy> ds = found.get(new Key(t.supplier(), t.invoiceId(), t.careProvider()));
            if (ds != null) {
                result.add(new InvoiceFinding(t.supplier(), t.invoiceId(), t.careProvider(), t.lastImported(), ds));
            }
        }
        return result;
    }

    @Override
    public List<LostAidSummary> lostAids(String careProvider) {
        return queries.lostAids(careProvider).stream().map(r -> new LostAidSummary(r.careProvider(), r.article(),
                r.reports(), r.first(), r.last())).toList();
    }

    @Override
    public List<InvoicedCost> invoicedCosts(int year) {
        return queries.invoicedCosts(year).stream().map(r -> new InvoicedCost(r.careProvider(), r.mainArea(), year,
                r.amountOre())).toList();
    }

    /** @return öre as kronor, e.g. {@code 1 234,50 kr} */
    static String sek(long ore) {
        return String.format(java.util.Locale.forLanguageTag("sv-SE"), "%,.2f kr", ore / 100.0);
    }
}
