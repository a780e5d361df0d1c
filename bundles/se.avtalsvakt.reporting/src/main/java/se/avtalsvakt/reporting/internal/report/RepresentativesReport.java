package se.avtalsvakt.reporting.internal.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.governance.RepresentationEntry;
import se.avtalsvakt.api.governance.Representative;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationService;
import se.avtalsvakt.api.report.Report;
import se.avtalsvakt.api.report.ReportProvider;
import se.avtalsvakt.api.report.ReportRequest;
import se.avtalsvakt.api.report.ReportSection;

/**
 * {@code representatives}: seed 002's form, filled — for one organisation, or for every organisation that has a
 * representative today: each group of the cooperation organisation and each network, with who represents it.
 */
@Component(service = ReportProvider.class)
public class RepresentativesReport implements ReportProvider {

    private final GovernanceService governance;
    private final OrganisationService organisations;
    private final PlatformClock clock;

    @Activate
    public RepresentativesReport(@Reference GovernanceService governance,
            @Reference OrganisationService organisations, @Reference PlatformClock clock) {
        this.governance = governance;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "representatives";
    }

    @Override
    public String title() {
        return "Representanter i samarbetsorganisationen";
    }

    @Override
    public List<String> parameters() {
        return List.of("organisation");
    }

    @Override
    public Report build(ReportRequest r) {
        List<String> ids = new ArrayList<>();
        if (r.organisation() != null) {
            organisations.find(r.organisation()).orElseThrow(() -> new se.avtalsvakt.api.ValidationException(
                    "organisation", "no such organisation: '" + r.organisation() + "'"));
            ids.add(r.organisation());
        } else {
            ids.addAll(new TreeSet<>(governance.representatives(null, null, clock.today()).stream()
                    .map(Representative::organisation).toList()));
        }
        List<ReportSection> sections = new ArrayList<>();
        for (String id : ids) {
            String name = organisations.find(id).map(Organisation::name).orElse(id);
            ReportSection.Builder s = new ReportSection.Builder(name)
                    .column("group", "Grupp i samarbetsorganisationen").column("network", "Nätverk")
                    .column("representatives", "Namn på vår representant");
            for (RepresentationEntry e : governance.register(id)) {
                s.row(e.groupName(), e.network(), String.join(", ", e.representatives()));
            }
            sections.add(s.build());
        }
        if (sections.isEmpty()) {
            sections.add(ReportSection.noteOnly("Representanter", "Inga representanter registrerade."));
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Per dag", clock.today().toString());
        if (r.organisation() != null) {
            p.put("Organisation", r.organisation());
        }
        return new Report(kind(), title(), clock.today(), p, sections);
    }
}
