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
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
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
import se.avtalsvakt.supplier.internal.analysis.AnalysisQueries.LineScope;
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
        return dated(new LineScope(careProvider, invoiceId, since, null, null)).stream().map(Dated::discrepancy)
                .toList();
    }

    /** A discrepancy on an invoice line, with the line's invoice date. */
    record Dated(Discrepancy discrepancy, LocalDate invoiceDate) {
    }

    /** @return the discrepancies on the invoice lines of the scope, by invoice then line */
    List<Dated> dated(LineScope scope) {
        List<Dated> result = new ArrayList<>();
        for (Line l : queries.invoicedNotDelivered(scope)) {
            result.add(new Dated(new Discrepancy(l.supplier(), l.invoiceId(), l.line(), l.careProvider(),
                    l.orderId(), DiscrepancyKind.INVOICED_NOT_DELIVERED, "Rad " + l.line() + " fakturerar ordern "
                            + l.orderId() + ", som " + l.supplier() + " inte har rapporterat någon leverans av",
                    l.amountOre(), null), l.invoiceDate()));
        }
        for (Repeat r : queries.repeatedLines(scope)) {
            Line l = r.line();
            Line f = r.first();
            boolean same = l.amountOre() == f.amountOre();
            result.add(new Dated(new Discrepancy(l.supplier(), l.invoiceId(), l.line(), l.careProvider(),
                    l.orderId(), same ? DiscrepancyKind.DUPLICATE_LINE : DiscrepancyKind.AMOUNT_DIFFERS,
                    (same ? "Rad " + l.line() + " fakturerar ordern " + l.orderId() + " en gång till, med samma "
                            + "belopp som " : "Rad " + l.line() + " fakturerar ordern " + l.orderId() + " med "
                            + sek(l.amountOre()) + ", men ordern fakturerades först med " + sek(f.amountOre())
                            + " på ") + "faktura " + f.invoiceId() + " rad " + f.line(),
                    l.amountOre(), f.amountOre()), l.invoiceDate()));
        }
        result.sort(Comparator.comparing(d -> key(d.discrepancy())));
        return result;
    }

    /**
     * The discrepancies of one care provider's invoices from one supplier in one invoice period (the month of the
     * invoice date: invoice lines carry no period of their own), for their one alert.
     *
     * @param invoices     the invoices with discrepancies, in order
     * @param discrepancies every discrepancy of the period, by invoice then line
     * @param lastImported when a line of these invoices was last imported
     */
    public record PeriodFinding(String supplier, String careProvider, YearMonth period, List<String> invoices,
            List<Discrepancy> discrepancies, Instant lastImported) {
    }

    /**
     * @return per care provider, supplier and invoice period in which an invoice line was imported at or after
     *         {@code since}: every discrepancy of that period, whenever its lines were imported; periods without
     *         discrepancies are left out
     */
    public List<PeriodFinding> periodsWithDiscrepancies(Instant since) {
        record Period(String careProvider, String supplier, YearMonth month) {
        }
        java.util.Set<Period> touched = new java.util.LinkedHashSet<>();
        for (Dated d : dated(new LineScope(null, null, since, null, null))) {
            touched.add(new Period(d.discrepancy().careProvider(), d.discrepancy().supplier(),
                    YearMonth.from(d.invoiceDate())));
        }
        List<PeriodFinding> result = new ArrayList<>();
        Map<List<Object>, List<AnalysisQueries.InvoiceTouch>> touches = new HashMap<>();
        for (Period p : touched) {
            LocalDate from = p.month().atDay(1);
            LocalDate until = p.month().plusMonths(1).atDay(1);
            List<Discrepancy> ds = dated(new LineScope(p.careProvider(), null, null, from, until)).stream()
                    .map(Dated::discrepancy).filter(d -> d.supplier().equals(p.supplier())).toList();
            if (ds.isEmpty()) {
                continue;
            }
            List<String> invoices = ds.stream().map(Discrepancy::invoiceId).distinct().sorted().toList();
            Instant last = touches.computeIfAbsent(List.of(p.careProvider(), p.month()),
                    k -> queries.invoicesOf(p.careProvider(), from, until)).stream()
                    .filter(t -> t.supplier().equals(p.supplier()) && invoices.contains(t.invoiceId()))
                    .map(AnalysisQueries.InvoiceTouch::lastImported).max(Comparator.naturalOrder())
                    .orElse(since);
            result.add(new PeriodFinding(p.supplier(), p.careProvider(), p.month(), invoices, ds, last));
        }
        result.sort(Comparator.comparing(PeriodFinding::careProvider).thenComparing(PeriodFinding::supplier)
                .thenComparing(PeriodFinding::period));
        return result;
    }

    @Override
    public List<LostAidSummary> lostAids(String careProvider) {
        return queries.lostAids(careProvider).stream().map(SupplierAnalysisService::summary).toList();
    }

    /** One keyset query per page: the groups after the last care provider and article of the page before. */
    @Override
    public Page<LostAidSummary> lostAids(String careProvider, PageRequest page) {
        String[] after = page.after().map(k -> k.split(SEP, -1)).orElse(null);
        if (after != null && after.length != 2) {
            throw new ValidationException("cursor", NOT_A_CURSOR);
        }
        List<LostAidSummary> fetched = queries.lostAids(careProvider, after == null ? null : after[0],
                after == null ? null : after[1], page.limit() + 1).stream().map(SupplierAnalysisService::summary)
                .toList();
        return Page.of(fetched, page, a -> a.careProvider() + SEP + a.article());
    }

    private static LostAidSummary summary(AnalysisQueries.LostAidRow r) {
        return new LostAidSummary(r.careProvider(), r.article(), r.reports(), r.first(), r.last());
    }

    @Override
    public List<InvoicedCost> invoicedCosts(int year) {
        return queries.invoicedCosts(year).stream().map(r -> new InvoicedCost(r.careProvider(), r.mainArea(), year,
                r.amountOre())).toList();
    }

    /** A page of a list of one row per main area and care provider: a few hundred rows at most, sliced. */
    @Override
    public Page<InvoicedCost> invoicedCosts(int year, PageRequest page) {
        return Page.slice(invoicedCosts(year), page, c -> c.mainArea() + SEP + c.careProvider());
    }

    /** A page of a list of one row per care provider and month (at most 120 months): sliced. */
    @Override
    public Page<CheckCompliance> checkCompliance(String careProvider, YearMonth from, YearMonth to,
            PageRequest page) {
        return Page.slice(checkCompliance(careProvider, from, to), page, c -> c.careProvider() + SEP + c.month());
    }

    /**
     * A page of the reconciliation. The discrepancies are computed by a few queries of at most
     * {@link AnalysisQueries#MAX_ROWS} rows each, then sliced in the order of {@link #key(Discrepancy)}.
     */
    @Override
    public Page<Discrepancy> discrepancies(String careProvider, String invoiceId, PageRequest page) {
        page.after(); // a bad cursor is refused before any query
        List<Discrepancy> all = new ArrayList<>(discrepancies(careProvider, invoiceId));
        all.sort(Comparator.comparing(SupplierAnalysisService::key));
        return Page.slice(all, page, SupplierAnalysisService::key);
    }

    /**
     * @return the sort key of a discrepancy: those on an invoice by invoice, supplier, line and kind, then the
     *         delivered orders not invoiced by care provider, supplier and order
     */
    static String key(Discrepancy d) {
        if (d.invoiceId() == null) {
            return "1" + d.careProvider() + SEP + d.supplier() + SEP + d.orderId();
        }
        return "0" + d.invoiceId() + SEP + d.supplier() + SEP
                + String.format(java.util.Locale.ROOT, "%010d", d.line() == null ? 0 : d.line()) + SEP + d.kind();
    }

    private static final String SEP = "\u0000";
    private static final String NOT_A_CURSOR = "not a cursor of this list: take it from the Link header of the "
            + "page before";

    /** @return öre as kronor, e.g. {@code 1 234,50 kr} */
    static String sek(long ore) {
        return String.format(java.util.Locale.forLanguageTag("sv-SE"), "%,.2f kr", ore / 100.0);
    }
}
