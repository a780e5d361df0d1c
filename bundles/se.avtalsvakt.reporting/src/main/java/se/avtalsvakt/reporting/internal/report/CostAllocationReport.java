package se.avtalsvakt.reporting.internal.report;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
import se.avtalsvakt.api.report.Report;
import se.avtalsvakt.api.report.ReportProvider;
import se.avtalsvakt.api.report.ReportRequest;
import se.avtalsvakt.api.report.ReportSection;
import se.avtalsvakt.api.supplier.InvoicedCost;
import se.avtalsvakt.api.supplier.SupplierAnalysis;
import se.avtalsvakt.reporting.internal.ReportSettings;

/**
 * {@code cost-allocation} (R7, I5): per main area, each care provider's cost, share and part of the net result, with
 * the totals. The costs come from an uploaded CSV ({@code care_provider;main_area;cost}) when one is sent, else from
 * the invoiced costs of the supplier module; the net results from the {@code netResults} parameter
 * ({@code area=amount;…}), else from the configuration ({@code netResults} in etc/se.avtalsvakt.reporting.cfg).
 */
@Component(service = {ReportProvider.class, CostAllocationReport.class})
public class CostAllocationReport implements ReportProvider {

    private final CostAllocationService allocator;
    private final ReportSettings settings;
    private final PlatformClock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SupplierAnalysis supplier;

    @Activate
    public CostAllocationReport(@Reference CostAllocationService allocator, @Reference ReportSettings settings,
            @Reference PlatformClock clock) {
        this.allocator = allocator;
        this.settings = settings;
        this.clock = clock;
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
        Map<String, String> p = new LinkedHashMap<>();
        p.put("År", String.valueOf(year));
        p.put("Kostnadsunderlag", r.attachment() != null ? "uppladdad CSV-fil" : "fakturerade kostnader");
        return new Report(kind(), title() + " " + year, clock.today(), p, sections(r, year));
    }

    /** @return a section per main area and one of the totals; used by the yearly report too */
    List<ReportSection> sections(ReportRequest r, int year) {
        Map<String, List<CareProviderCost>> costs;
        if (r.attachment() != null) {
            costs = parseCsv(r.attachment());
        } else {
            SupplierAnalysis s = supplier;
            if (s == null) {
                return List.of(ReportSection.noteOnly("Kostnadsfördelning " + year, Sections.NO_SUPPLIER_DATA
                        + "; skicka kostnaderna som CSV (care_provider;main_area;cost)"));
            }
            costs = new LinkedHashMap<>();
            for (InvoicedCost c : s.invoicedCosts(year)) {
                costs.computeIfAbsent(c.mainArea(), a -> new ArrayList<>())
                        .add(new CareProviderCost(c.careProvider(), BigDecimal.valueOf(c.amountOre(), 2)));
            }
        }
        Map<String, BigDecimal> netResults = r.options().containsKey("netResults")
                ? ReportSettings.parseNetResults(r.options().get("netResults"), "netResults")
                : settings.netResults(year);
        List<ReportSection> sections = new ArrayList<>();
        ReportSection.Builder totals = new ReportSection.Builder("Summa per huvudområde " + year)
                .column("mainArea", "Huvudområde").column("totalCost", "Summa kostnad (kr)")
                .column("netResult", "Nettoresultat (kr)").column("allocated", "Fördelat (kr)");
        if (costs.isEmpty()) {
            return List.of(ReportSection.noteOnly("Kostnadsfördelning " + year, "Inga kostnader för året."));
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
                s.note("Nettoresultat " + net.toPlainString().replace('.', ',') + " kr ("
                        + (net.signum() >= 0 ? "överskott" : "underskott") + ").");
            }
            sections.add(s.build());
            totals.row(area.getKey(), a.totalCost(), net, net != null ? allocated : null);
        }
        sections.add(totals.build());
        return sections;
    }

    /**
     * Reads {@code care_provider;main_area;cost} (a header line of these names, then one line per care provider
     * and area; decimal point or comma).
     *
     * @throws ValidationException naming each bad line
     */
    static Map<String, List<CareProviderCost>> parseCsv(String text) {
        Map<String, List<CareProviderCost>> costs = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            if (!header.equals(List.of("care_provider", "main_area", "cost"))) {
                throw new ValidationException("costs line 1", "the header must be 'care_provider;main_area;cost': "
                        + String.join(";", parser.getHeaderNames()));
            }
            for (CSVRecord rec : parser) {
                String at = "costs line " + (rec.getRecordNumber() + 1);
                if (rec.size() != 3) {
                    problems.add(new Problem(at, "expected 3 fields, found " + rec.size()));
                    continue;
                }
                if (rec.get(0).isBlank() || rec.get(1).isBlank()) {
                    problems.add(new Problem(at, "care_provider and main_area are required"));
                    continue;
                }
                try {
                    BigDecimal cost = ReportSettings.amount(rec.get(2), at);
                    if (cost.signum() < 0) {
                        problems.add(new Problem(at, "the cost must not be negative: " + rec.get(2)));
                        continue;
                    }
                    costs.computeIfAbsent(rec.get(1), a -> new ArrayList<>())
                            .add(new CareProviderCost(rec.get(0), cost));
                } catch (ValidationException e) {
                    problems.addAll(e.problems());
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ValidationException("costs", "not a readable CSV file: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return costs;
    }
}
