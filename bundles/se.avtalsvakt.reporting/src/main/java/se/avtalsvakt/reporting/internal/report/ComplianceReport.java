package se.avtalsvakt.reporting.internal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.report.Report;
import se.avtalsvakt.api.report.ReportProvider;
import se.avtalsvakt.api.report.ReportRequest;
import se.avtalsvakt.api.report.ReportSection;
import se.avtalsvakt.api.supplier.SupplierAnalysis;

/**
 * {@code compliance}: for a year (default this year) obligations fulfilled and overdue; per body the meeting
 * cadence, invitations, quorum and rule violations; per care provider and month the deliveries checked within five
 * working days; invoice discrepancies. The supplier parts say {@code inga leverantörsdata} without the supplier module.
 */
@Component(service = ReportProvider.class)
public class ComplianceReport implements ReportProvider {

    private final ObligationService obligations;
    private final GovernanceService governance;
    private final PlatformClock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SupplierAnalysis supplier;

    @Activate
    public ComplianceReport(@Reference ObligationService obligations, @Reference GovernanceService governance,
            @Reference PlatformClock clock) {
        this.obligations = obligations;
        this.governance = governance;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "compliance";
    }

    @Override
    public String title() {
        return "Regelefterlevnad";
    }

    @Override
    public List<String> parameters() {
        return List.of("year", "from", "to", "organisation", "body", "agreement");
    }

    @Override
    public Report build(ReportRequest r) {
        int thisYear = clock.today().getYear();
        Window w = Window.of(r, new Window(LocalDate.of(thisYear, 1, 1), LocalDate.of(thisYear, 12, 31)));
        List<ReportSection> sections = new ArrayList<>();
        sections.add(ObligationSections.obligations("Åtaganden", obligations, w, r.agreement(), r.body(), null));
        sections.addAll(GovernanceSections.bodyCompliance(governance, w.year(), r.body()));
        SupplierAnalysis s = supplier;
        sections.add(SupplierSections.checkCompliance(s, w, r.organisation()));
        sections.add(SupplierSections.discrepancies(s, r.organisation()));
        return new Report(kind(), title() + " " + (w.from().getYear() == w.to().getYear() ? w.year()
                : w.from() + " – " + w.to()), clock.today(), DeadlinesReport.parameters(r, w), sections);
    }
}
