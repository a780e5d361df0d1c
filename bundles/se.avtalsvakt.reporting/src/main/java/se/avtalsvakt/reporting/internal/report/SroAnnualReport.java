package se.avtalsvakt.reporting.internal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.obligation.ObligationKind;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.report.Report;
import se.avtalsvakt.api.report.ReportProvider;
import se.avtalsvakt.api.report.ReportRequest;
import se.avtalsvakt.api.report.ReportSection;
import se.avtalsvakt.api.supplier.SupplierAnalysis;
import se.avtalsvakt.reporting.internal.DeadlineCalendar;

/**
 * {@code sro-annual}: the political preparation group's yearly report to SRO (seed 003, "Arbetet i
 * beredningsgruppen ska årligen följas genom rapport till samrådsorganet"): for a year (default this year) the
 * agreements' state and deadlines, the evaluations, each body's compliance, the delivery-check compliance and the
 * cost allocation.
 */
@Component(service = ReportProvider.class)
public class SroAnnualReport implements ReportProvider {

    private final AgreementService agreements;
    private final ObligationService obligations;
    private final GovernanceService governance;
    private final DeadlineCalendar calendar;
    private final CostAllocationReport costAllocation;
    private final PlatformClock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SupplierAnalysis supplier;

    @Activate
    public SroAnnualReport(@Reference AgreementService agreements, @Reference ObligationService obligations,
            @Reference GovernanceService governance, @Reference DeadlineCalendar calendar,
            @Reference CostAllocationReport costAllocation, @Reference PlatformClock clock) {
        this.agreements = agreements;
        this.obligations = obligations;
        this.governance = governance;
        this.calendar = calendar;
        this.costAllocation = costAllocation;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "sro-annual";
    }

    @Override
    public String title() {
        return "Årsrapport till SRO";
    }

    @Override
    public List<String> parameters() {
        return List.of("year", "netResults");
    }

    @Override
    public Report build(ReportRequest r) {
        int year = r.year() != null ? r.year() : clock.today().getYear();
        Window w = Window.of(new ReportRequest(kind(), year, null, null, null, null, null, Map.of(), null), null);
        LocalDate asOf = w.to().isBefore(clock.today()) ? w.to() : clock.today();
        List<ReportSection> sections = new ArrayList<>();
        sections.add(ReportSection.noteOnly("Inledning", "Politiska beredningsgruppen för hjälpmedel rapporterar "
                + "årligen till det politiska samrådsorganet (SRO). Rapporten omfattar år " + year
                + ": avtalens läge och tidsfrister, utvärderingar, organens regelefterlevnad, "
                + "leveranskontroller och fördelning av över- och underskott."));
        sections.add(AgreementSections.agreements(agreements, asOf, null, calendar.names()));
        sections.add(DeadlineSections.deadlines("Avtalens tidsfrister " + year, calendar.entries(w.from(), w.to(), null,
                null, null).stream().filter(d -> "agreement".equals(d.source())).toList(), calendar.names(),
                calendar.labels()));
        sections.add(ObligationSections.obligations("Utvärderingar " + year, obligations, w, null, null,
                ObligationKind.EVALUATION));
        sections.addAll(GovernanceSections.bodyCompliance(governance, year, null));
        sections.add(SupplierSections.checkCompliance(supplier, w, null));
        try {
            sections.addAll(costAllocation.sections(r, year));
        } catch (se.avtalsvakt.api.ValidationException e) {
            // the rest of the yearly report stands; the allocation says why it cannot be made
            sections.add(ReportSection.noteOnly("Kostnadsfördelning " + year, "Fördelningen av över- och "
                    + "underskott kan inte göras för året: ett angivet nettoresultat saknar kostnader att fördelas "
                    + "efter, eller kostnaderna gäller en organisation som inte är vårdgivare enligt avtalet eller "
                    + "ett huvudområde utanför kalkylmodellen. Rapporten Fördelning av över- och underskott visar "
                    + "vad som behöver rättas."));
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("År", String.valueOf(year));
        p.put("Från", "Politisk beredningsgrupp för hjälpmedel");
        p.put("Till", "Politiskt samrådsorgan (SRO)");
        return new Report(kind(), title() + " " + year, clock.today(), p, sections);
    }
}
