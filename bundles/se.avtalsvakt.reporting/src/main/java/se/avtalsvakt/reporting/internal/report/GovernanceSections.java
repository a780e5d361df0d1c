package se.avtalsvakt.reporting.internal.report;

import java.util.List;

import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.Compliance;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.governance.Violation;
import se.avtalsvakt.api.report.ReportSection;

/** The sections of the bodies' compliance with their rules in a year, and of every rule broken. */
final class GovernanceSections {

    private GovernanceSections() {
    }

    /** @return the compliance per body and a section of every rule broken */
    static List<ReportSection> bodyCompliance(GovernanceService governance, int year, String only) {
        ReportSection.Builder s = new ReportSection.Builder("Organens regelefterlevnad " + year)
                .column("body", "Organ").column("meetingsHeld", "Möten hållna")
                .column("meetingsPlanned", "Möten planerade").column("meetingsRequired", "Möten krävs")
                .column("invitationsOnTime", "Kallelser i tid").column("invitationsLate", "Kallelser sena")
                .column("quorumMet", "Beslutsfört").column("quorumNotMet", "Ej beslutsfört")
                .column("decisionsBreakingRules", "Beslut mot regler").column("compliant", "Uppfyller reglerna");
        ReportSection.Builder v = new ReportSection.Builder("Regelbrott " + year)
                .column("body", "Organ").column("rule", "Regel").column("subject", "Gäller")
                .column("message", "Beskrivning");
        for (Body b : governance.bodies()) {
            if (only != null && !only.equals(b.id())) {
                continue;
            }
            Compliance c = governance.compliance(b.id(), year);
            s.row(b.name(), c.meetingsHeld(), c.meetingsPlanned(), c.meetingsRequired() == null ? null
                    : c.meetingsRequired() + (c.meetingsMaximum() == null ? "+" : "–" + c.meetingsMaximum()),
                    c.invitationsOnTime(), c.invitationsLate(), c.quorumMet(), c.quorumNotMet(),
                    c.decisionsBreakingRules(), c.compliant());
            for (Violation violation : c.violations()) {
                v.row(b.name(), violation.rule(), violation.subject(), violation.message());
            }
        }
        if (v.rowCount() == 0) {
            v.note("Inga regelbrott.");
        }
        return List.of(s.build(), v.build());
    }
}
