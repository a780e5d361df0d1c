package se.avtalsvakt.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.cases.Dispute;
import se.avtalsvakt.api.cases.HandoverCase;
import se.avtalsvakt.api.cases.HandoverItem;
import se.avtalsvakt.api.organisation.OrganisationService;
import se.avtalsvakt.api.report.Report;
import se.avtalsvakt.api.report.ReportProvider;
import se.avtalsvakt.api.report.ReportRequest;
import se.avtalsvakt.api.report.ReportSection;

/**
 * The {@code cases} report: open disputes with their step and time limit, open handover cases, open checklists, the
 * parties without a local plan and the development issues to review.
 */
@Component(service = ReportProvider.class)
public class CasesReport implements ReportProvider {

    static final String KIND = "cases";

    private final CaseRegister register;
    private final PlatformClock clock;
    private final Names names;

    @Activate
    public CasesReport(@Reference CaseRegister register, @Reference PlatformClock clock,
            @Reference AgreementService agreements,
            @Reference OrganisationService organisations) {
        this.register = register;
        this.clock = clock;
        this.names = new Names(organisations, agreements);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "Ärenden: tvister, överlämningar, checklistor och lokala planer";
    }

    @Override
    public List<String> parameters() {
        return List.of("agreement");
    }

    @Override
    public Report build(ReportRequest request) {
        String agreement = request.agreement();
        ReportSection.Builder disputes = new ReportSection.Builder("Pågående tvister")
                .column("number", "Nr").column("agreement", "Avtal").column("parties", "Parter")
                .column("subject", "Ärende").column("step", "Steg").column("since", "Vid steget sedan")
                .column("due", "Tidsgräns");
        for (Dispute d : register.openDisputes()) {
            if (agreement != null && !agreement.equals(d.agreement())) {
                continue;
            }
            disputes.row(d.id(), names.agreement(d.agreement()),
                    d.parties().stream().map(names::organisation).collect(Collectors.joining(", ")), d.subject(),
                    d.current() == null ? null : d.step() + ". " + d.current().title(), d.stepSince(), d.stepDue());
        }
        if (disputes.rowCount() == 0) {
            disputes.note("Inga pågående tvister.");
        }
        ReportSection.Builder handovers = new ReportSection.Builder("Överlämningar när ett deltagande eller avtal upphör")
                .column("number", "Nr").column("agreement", "Avtal").column("party", "Part")
                .column("endsOn", "Sista dag").column("remaining", "Punkter kvar").column("next", "Nästa punkt")
                .column("nextDue", "Senast");
        for (HandoverCase h : register.openHandovers()) {
            if (agreement != null && !agreement.equals(h.agreement())) {
                continue;
            }
            List<HandoverItem> left = h.items().stream().filter(i -> i.doneOn() == null)
                    .sorted(java.util.Comparator.comparing(HandoverItem::due)).toList();
            HandoverItem next = left.isEmpty() ? null : left.get(0);
            handovers.row(h.id(), names.agreement(h.agreement()),
                    h.party() == null ? "Hela avtalet" : names.organisation(h.party()), h.endsOn(), left.size(),
                    next == null ? null : next.title(), next == null ? null : next.due());
        }
        if (handovers.rowCount() == 0) {
            handovers.note("Inga pågående överlämningar.");
        }
        ReportSection.Builder checklists = new ReportSection.Builder("Pågående checklistor")
                .column("number", "Nr").column("organisation", "Organisation").column("title", "Checklista")
                .column("remaining", "Aktiviteter kvar").column("nextDue", "Närmast senast");
        for (var c : register.openChecklists()) {
            var left = c.items().stream().filter(i -> i.doneOn() == null).toList();
            LocalDate next = left.stream().map(i -> i.due()).filter(java.util.Objects::nonNull).min(LocalDate::compareTo)
                    .orElse(null);
            checklists.row(c.id(), names.organisation(c.organisation()), c.title(), left.size(), next);
        }
        if (checklists.rowCount() == 0) {
            checklists.note("Inga pågående checklistor.");
        }
        List<ReportSection> sections = new java.util.ArrayList<>(List.of(disputes.build(), handovers.build(),
                checklists.build()));
        for (String planned : agreement != null ? List.of(agreement) : se.avtalsvakt.persistence.ReferenceDataSet
                .configured(register.config().localPlanAgreements())) {
            ReportSection.Builder plans = new ReportSection.Builder("Parter utan lokal plan: "
                    + names.agreement(planned)).column("party", "Part");
            try {
                register.localPlans(planned, true, se.avtalsvakt.api.page.PageRequest.first(1000)).items()
                        .forEach(p -> plans.row(names.organisation(p.party())));
            } catch (se.avtalsvakt.api.NotFoundException e) {
                continue;
            }
            if (plans.rowCount() == 0) {
                plans.note("Alla parter har en lokal plan.");
            }
            sections.add(plans.build());
        }
        ReportSection.Builder issues = new ReportSection.Builder("Utvecklingsfrågor att gå igenom")
                .column("number", "Nr").column("owner", "Ägs av").column("title", "Fråga")
                .column("nextReview", "Nästa genomgång");
        for (var i : register.reviewsDue()) {
            issues.row(i.id(), names.organisation(i.owner()), i.title(), i.nextReview());
        }
        if (issues.rowCount() == 0) {
            issues.note("Inga utvecklingsfrågor med datum för genomgång.");
        }
        sections.add(issues.build());
        Map<String, String> parameters = agreement == null ? Map.of() : Map.of("Avtal", names.agreement(agreement));
        return new Report(KIND, title(), clock.today(), parameters, sections);
    }
}
