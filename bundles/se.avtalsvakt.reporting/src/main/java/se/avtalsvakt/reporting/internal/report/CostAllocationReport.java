package se.avtalsvakt.reporting.internal.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.report.Allocation;
import se.avtalsvakt.api.report.CareProviderCost;
import se.avtalsvakt.api.report.CostAllocation;
import se.avtalsvakt.api.report.CostAllocationRequest;
import se.avtalsvakt.api.report.CostAllocationService;
import se.avtalsvakt.api.report.CostBase;
import se.avtalsvakt.api.report.CostBaseSource;
import se.avtalsvakt.api.report.ExcludedCost;
import se.avtalsvakt.api.report.Report;
import se.avtalsvakt.api.report.ReportProvider;
import se.avtalsvakt.api.report.ReportRequest;
import se.avtalsvakt.api.report.ReportSection;
import se.avtalsvakt.api.supplier.DiscrepancyKind;
import se.avtalsvakt.api.supplier.InvoicedCost;
import se.avtalsvakt.api.supplier.SupplierAnalysis;
import se.avtalsvakt.reporting.internal.CostAllocationRules;
import se.avtalsvakt.reporting.internal.ReportSettings;

/**
 * {@code cost-allocation} (samarbetsavtalet §8): per main area, each care provider's cost, share and part of the net
 * result, with the totals. The costs come from an uploaded CSV ({@code care_provider;main_area;cost}, read by
 * {@link CostCsvParser}) when one is sent, else from the invoiced costs of the supplier module; the net results from
 * the {@code netResults} parameter ({@code area=amount;…}), else from the configuration ({@code netResults} in
 * etc/se.avtalsvakt.reporting.cfg). Invoice lines that reconciliation flags (billed twice, billed without a
 * delivery) are left out of the invoiced cost base and counted in a section of their own. Care providers that are
 * not care providers of the agreement and main areas outside the cost model are refused in an upload and set apart
 * from the supplier data; a net result for a main area without costs is an error.
 */
@Component(service = {ReportProvider.class, CostAllocationReport.class})
public class CostAllocationReport implements ReportProvider {

    private final CostAllocationService allocator;
    private final ReportSettings settings;
    private final CostAllocationRules rules;
    private final PlatformClock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile CostBaseSource costBase;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SupplierAnalysis supplier;

    @Activate
    public CostAllocationReport(@Reference CostAllocationService allocator, @Reference ReportSettings settings,
            @Reference CostAllocationRules rules, @Reference PlatformClock clock) {
        this.allocator = allocator;
        this.settings = settings;
        this.rules = rules;
        this.clock = clock;
    }

    /** For tests: rules from the settings, no agreement module. */
    public CostAllocationReport(CostAllocationService allocator, ReportSettings settings, PlatformClock clock) {
        this(allocator, settings, new CostAllocationRules(settings, null), clock);
    }

    @Override
    public String kind() {
        return "cost-allocation";
    }

    @Override
    public String title() {
        return "Fördelning av över- och underskott";
    }

    @Override
    public List<String> parameters() {
        return List.of("year", "netResults");
    }

    @Override
    public Report build(ReportRequest r) {
        int year = r.year() != null ? r.year() : clock.today().getYear() - 1;
        if (year < 1900 || year > 9999) {
            throw new ValidationException("year", "must be between 1900 and 9999: " + year);
        }
        Base base = base(r, year);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("År", String.valueOf(year));
        p.put("Kostnadsunderlag", r.attachment() != null ? "uppladdad CSV-fil" : "fakturerade kostnader");
        if (base.excluded() != null) {
            p.put("Utelämnade fakturarader", String.valueOf(base.excluded().stream()
                    .mapToLong(ExcludedCost::lines).sum()));
        }
        return new Report(kind(), title() + " " + year, clock.today(), p, sections(r, year, base));
    }

    /** @return a section per main area and one of the totals; used by the yearly report too */
    List<ReportSection> sections(ReportRequest r, int year) {
        return sections(r, year, base(r, year));
    }

    /**
     * The costs to distribute.
     *
     * @param costs    by main area
     * @param excluded flagged invoice lines left out, or null when they could not be told apart (then included)
     * @param outside  supplier costs of organisations or main areas that do not share the result
     * @param note     why there are no costs, or null
     */
    record Base(Map<String, List<CareProviderCost>> costs, List<ExcludedCost> excluded, List<InvoicedCost> outside,
                String note) {
    }

    private Base base(ReportRequest r, int year) {
        if (r.attachment() != null) {
            return new Base(CostCsvParser.parse(r.attachment(), rules), List.of(), List.of(), null);
        }
        CostBaseSource source = costBase;
        SupplierAnalysis s = supplier;
        List<InvoicedCost> invoiced;
        List<ExcludedCost> excluded = null;
        if (source != null) {
            CostBase b = source.costBase(year);
            invoiced = b.costs();
            excluded = b.excluded();
        } else if (s != null) {
            invoiced = s.invoicedCosts(year);
        } else {
            return new Base(Map.of(), null, List.of(), SupplierSections.NO_SUPPLIER_DATA
                    + "; skicka kostnaderna som CSV (care_provider;main_area;cost)");
        }
        CostAllocationRules.CareProviders careProviders = rules.careProviders();
        Map<String, List<CareProviderCost>> costs = new LinkedHashMap<>();
        List<InvoicedCost> outside = new ArrayList<>();
        for (InvoicedCost c : invoiced) {
            if (rules.mainAreaProblem(c.mainArea()).isPresent()
                    || careProviders.problem(c.careProvider()).isPresent()) {
                outside.add(c);
            } else {
                costs.computeIfAbsent(c.mainArea(), a -> new ArrayList<>())
                        .add(new CareProviderCost(c.careProvider(), BigDecimal.valueOf(c.amountOre(), 2)));
            }
        }
        return new Base(costs, excluded, outside, null);
    }

    private List<ReportSection> sections(ReportRequest r, int year, Base base) {
        if (base.note() != null) {
            return List.of(ReportSection.noteOnly("Kostnadsfördelning " + year, base.note()));
        }
        Map<String, List<CareProviderCost>> costs = base.costs();
        boolean asked = r.options().containsKey("netResults");
        Map<String, BigDecimal> netResults = asked
                ? ReportSettings.parseNetResults(r.options().get("netResults"), "netResults")
                : settings.netResults(year);
        checkNetResults(netResults, costs, year, asked);
        List<ReportSection> sections = new ArrayList<>();
        ReportSection.Builder totals = new ReportSection.Builder("Summa per huvudområde " + year)
                .column("mainArea", "Huvudområde").column("totalCost", "Summa kostnad (kr)")
                .column("netResult", "Nettoresultat (kr)").column("allocated", "Fördelat (kr)");
        if (costs.isEmpty()) {
            sections.add(ReportSection.noteOnly("Kostnadsfördelning " + year, "Inga kostnader för året."));
        }
        for (Map.Entry<String, List<CareProviderCost>> area : costs.entrySet()) {
            BigDecimal net = netResults.get(area.getKey());
            ReportSection.Builder s = new ReportSection.Builder("Huvudområde " + area.getKey())
                    .column("careProvider", "Vårdgivare").column("cost", "Kostnad (kr)")
                    .column("share", "Andel").column("amount", "Belopp (kr)");
            if (area.getValue().stream().allMatch(c -> c.cost().signum() == 0)) {
                sections.add(s.note("Summan av kostnaderna är noll: inget att fördela.").build());
                continue;
            }
            CostAllocation a = allocator.allocate(new CostAllocationRequest(year, area.getKey(),
                    net != null ? net : BigDecimal.ZERO, area.getValue()));
            BigDecimal allocated = BigDecimal.ZERO.setScale(2);
            for (Allocation x : a.allocations()) {
                s.row(x.careProvider(), x.cost(), x.share(), net != null ? x.amount() : null);
                allocated = allocated.add(x.amount());
            }
            s.row("Summa", a.totalCost(), BigDecimal.ONE.setScale(6), net != null ? a.total() : null);
            if (net == null) {
                s.note("Inget nettoresultat angivet för huvudområdet: bara andelarna visas.");
            } else {
                s.note("Nettoresultat " + sek(net) + " (" + (net.signum() >= 0 ? "överskott" : "underskott") + ").");
            }
            sections.add(s.build());
            totals.row(area.getKey(), a.totalCost(), net, net != null ? allocated : null);
        }
        if (!costs.isEmpty()) {
            sections.add(totals.build());
        }
        if (r.attachment() == null) {
            sections.add(excludedSection(year, base.excluded()));
        }
        if (!base.outside().isEmpty()) {
            sections.add(outsideSection(year, base.outside()));
        }
        return sections;
    }

    /**
     * A net result must have costs to be distributed by, in a main area of the cost model.
     *
     * @throws ValidationException on {@code netResults}, naming each such main area
     */
    private void checkNetResults(Map<String, BigDecimal> netResults, Map<String, List<CareProviderCost>> costs,
            int year, boolean asked) {
        List<Problem> problems = new ArrayList<>();
        String source = asked ? "" : " (setting netResults)";
        for (Map.Entry<String, BigDecimal> e : netResults.entrySet()) {
            String area = e.getKey();
            var areaProblem = rules.mainAreaProblem(area);
            if (areaProblem.isPresent()) {
                problems.add(new Problem("netResults", areaProblem.get() + source));
            } else if (e.getValue().signum() != 0 && costs.getOrDefault(area, List.of()).stream()
                    .allMatch(c -> c.cost().signum() == 0)) {
                problems.add(new Problem("netResults", "'" + area + "' has a net result of "
                        + e.getValue().toPlainString() + source + " but no costs in " + year
                        + " to distribute it by"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static ReportSection excludedSection(int year, List<ExcludedCost> excluded) {
        ReportSection.Builder s = new ReportSection.Builder("Fakturarader utanför kostnadsunderlaget " + year)
                .column("careProvider", "Vårdgivare").column("mainArea", "Huvudområde").column("reason", "Skäl")
                .column("lines", "Antal rader").column("amount", "Belopp (kr)");
        if (excluded == null) {
            return s.note("Fakturarader som avstämningen av fakturor flaggar (dubbletter, fakturerat utan "
                    + "leverans) ingår i kostnadsunderlaget: leverantörsmodulen kan inte skilja ut dem.").build();
        }
        long lines = 0;
        long ore = 0;
        for (ExcludedCost e : excluded) {
            s.row(e.careProvider(), e.mainArea(), reason(e.reason()), e.lines(), BigDecimal.valueOf(e.amountOre(), 2));
            lines += e.lines();
            ore += e.amountOre();
        }
        if (lines == 0) {
            return s.note("Inga fakturarader är flaggade av avstämningen: alla fakturerade rader ingår.").build();
        }
        return s.note(lines + " fakturarader på sammanlagt " + sek(BigDecimal.valueOf(ore, 2)) + " ingår inte i "
                + "kostnadsunderlaget: avstämningen av fakturor flaggar dem som dubbletter eller som fakturerade "
                + "utan leverans.").build();
    }

    private static String reason(DiscrepancyKind kind) {
        return kind == DiscrepancyKind.DUPLICATE_LINE ? "fakturerad två gånger"
                : kind == DiscrepancyKind.INVOICED_NOT_DELIVERED ? "fakturerad utan leverans" : "avvikelse";
    }

    private ReportSection outsideSection(int year, List<InvoicedCost> outside) {
        ReportSection.Builder s = new ReportSection.Builder("Kostnader som inte fördelas " + year)
                .column("careProvider", "Organisation").column("mainArea", "Huvudområde")
                .column("amount", "Belopp (kr)");
        for (InvoicedCost c : outside) {
            s.row(c.careProvider(), c.mainArea(), BigDecimal.valueOf(c.amountOre(), 2));
        }
        List<String> areas = rules.mainAreas();
        return s.note("Kostnaderna gäller en organisation som inte är vårdgivare enligt avtalet eller ett "
                + "huvudområde utanför kalkylmodellen" + (areas.isEmpty() ? "" : " (" + String.join(", ", areas)
                + ")") + "; de ingår inte i fördelningen.").build();
    }

    private static String sek(BigDecimal amount) {
        return String.format(Locale.forLanguageTag("sv-SE"), "%,.2f kr", amount);
    }
}
