package se.avtalsvakt.reporting.internal.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementFilter;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.agreement.AgreementStatus;
import se.avtalsvakt.api.agreement.TermInfo;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.Compliance;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.governance.Violation;
import se.avtalsvakt.api.obligation.ObligationKind;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.api.obligation.OccurrenceFilter;
import se.avtalsvakt.api.obligation.OccurrenceState;
import se.avtalsvakt.api.report.ReportSection;
import se.avtalsvakt.api.supplier.CheckCompliance;
import se.avtalsvakt.api.supplier.Discrepancy;
import se.avtalsvakt.api.supplier.SupplierAnalysis;
import se.avtalsvakt.reporting.internal.DeadlineCalendar;

/** The sections several reports share, built from the api bundle's services. */
final class Sections {

    /** The note of a section whose supplier data is not installed. */
    static final String NO_SUPPLIER_DATA = "inga leverantörsdata (ingen leverantörsanalys är installerad)";

    private Sections() {
    }

    static ReportSection deadlines(String title, List<Deadline> deadlines) {
        return deadlines(title, deadlines, id -> id);
    }

    /** @param names organisation and body ids to names, for the responsible */
    static ReportSection deadlines(String title, List<Deadline> deadlines,
            java.util.function.Function<String, String> names) {
        ReportSection.Builder s = new ReportSection.Builder(title)
                .column("date", "Datum").column("practicalDate", "Praktisk sista dag").column("kind", "Typ")
                .column("subject", "Gäller").column("owner", "Ansvarig").column("description", "Beskrivning");
        for (Deadline d : deadlines) {
            s.row(d.date(), d.practicalDate() != null && !d.practicalDate().equals(d.date()) ? d.practicalDate() : null,
                    DeadlineCalendar.label(d.kind()), d.subjectTitle(), d.owner() != null ? names.apply(d.owner()) : null,
                    d.description());
        }
        if (s.rowCount() == 0) {
            s.note("Inga tidsfrister i perioden.");
        }
        return s.build();
    }

    static String status(AgreementStatus status) {
        return switch (status) {
            case NOT_STARTED -> "Ej påbörjat";
            case ACTIVE -> "Gällande";
            case NOTICE_GIVEN -> "Uppsagt";
            case ENDED -> "Upphört";
            case REFERENCED -> "Referens";
        };
    }

    static String state(OccurrenceState state) {
        return switch (state) {
            case UPCOMING -> "Kommande";
            case DUE -> "Förfaller snart";
            case OVERDUE -> "Försenad";
            case FULFILLED -> "Uppfylld";
            case CANCELLED -> "Inställd";
        };
    }

    static ReportSection agreements(AgreementService agreements, LocalDate asOf, String only) {
        return agreements(agreements, asOf, only, id -> id);
    }

    /**
     * The agreements on a day, each with the parties that leave it (or have left), by name and last day.
     *
     * @param names organisation ids to names
     */
    static ReportSection agreements(AgreementService agreements, LocalDate asOf, String only,
            java.util.function.Function<String, String> names) {
        ReportSection.Builder s = new ReportSection.Builder("Avtal")
                .column("agreement", "Avtal").column("title", "Titel").column("status", "Status")
                .column("termEnd", "Periodens slut").column("noticeDeadline", "Sista dag för uppsägning")
                .column("practicalNoticeDeadline", "Praktisk sista dag").column("endsOn", "Upphör")
                .column("parties", "Parter").column("leaving", "Parter som lämnar");
        for (Agreement a : agreements.list(AgreementFilter.ALL)) {
            if (only != null && !only.equals(a.id())) {
                continue;
            }
            TermInfo t = agreements.terms(a.id(), asOf);
            Leaving l = leaving(agreements, a, asOf, names);
            s.row(a.id(), a.title(), status(t.status()), t.termEnd(), t.noticeDeadline(),
                    t.practicalNoticeDeadline(), t.endsOn(), l.parties(), l.text());
        }
        return s.build();
    }

    /** "50 av 51 kvar" and "Lilla Edet efter 30 september 2029". */
    record Leaving(String parties, String text) {
    }

    private static final java.time.format.DateTimeFormatter LONG = java.time.format.DateTimeFormatter.ofPattern(
            "d MMMM yyyy", java.util.Locale.forLanguageTag("sv-SE"));

    static Leaving leaving(AgreementService agreements, Agreement a, LocalDate asOf,
            java.util.function.Function<String, String> names) {
        long total = a.parties().stream().map(p -> p.organisation()).distinct().count();
        List<se.avtalsvakt.api.agreement.Participation> parties;
        try {
            parties = agreements.parties(a.id(), asOf);
        } catch (UnsupportedOperationException e) {
            // an agreement module without participation per party
            return new Leaving(total + " parter", null);
        }
        java.util.Map<LocalDate, List<String>> byDay = new java.util.TreeMap<>();
        long ended = 0;
        for (var p : parties) {
            if (p.participatingUntil() != null) {
                byDay.computeIfAbsent(p.participatingUntil(), d -> new ArrayList<>()).add(names.apply(p.organisation()));
            }
            if (p.status() == se.avtalsvakt.api.agreement.ParticipationStatus.ENDED) {
                ended++;
            }
        }
        if (byDay.isEmpty()) {
            return new Leaving(total + " parter", null);
        }
        StringBuilder text = new StringBuilder();
        byDay.forEach((day, who) -> text.append(text.length() > 0 ? "; " : "").append(String.join(", ", who))
                .append(day.isBefore(asOf) ? " lämnade efter " : " lämnar efter ").append(LONG.format(day)));
        return new Leaving((total - ended) + " av " + total + " parter kvar", text.toString());
    }

    static ReportSection obligations(String title, ObligationService obligations, Window w, String agreement,
            String body, ObligationKind onlyKind) {
        ReportSection.Builder s = new ReportSection.Builder(title)
                .column("dueDate", "Förfallodag").column("title", "Åtagande").column("kind", "Slag")
                .column("responsible", "Ansvarig").column("state", "Läge").column("fulfilments", "Uppfyllelser")
                .column("required", "Krävs").column("note", "Anmärkning");
        int fulfilled = 0;
        int overdue = 0;
        int cancelled = 0;
        for (Occurrence o : obligations.occurrences(new OccurrenceFilter(w.from(), w.to(), agreement, body, null))) {
            if (onlyKind != null && o.kind() != onlyKind) {
                continue;
            }
            s.row(o.dueDate(), o.title(), kind(o.kind()), o.responsible(), state(o.state()), o.fulfilments().size(),
                    o.required(), o.cancelledReason() == null ? "" : o.cancelledReason());
            fulfilled += o.state() == OccurrenceState.FULFILLED ? 1 : 0;
            overdue += o.state() == OccurrenceState.OVERDUE ? 1 : 0;
            cancelled += o.state() == OccurrenceState.CANCELLED ? 1 : 0;
        }
        s.note(s.rowCount() == 0 ? "Inga åtaganden i perioden."
                : "Uppfyllda: " + fulfilled + ", försenade: " + overdue
                        + (cancelled > 0 ? ", inställda efter uppsägning: " + cancelled : "") + " av "
                        + s.rowCount() + ".");
        return s.build();
    }

    static String kind(ObligationKind kind) {
        return switch (kind) {
            case EVALUATION -> "Utvärdering";
            case FOLLOW_UP -> "Uppföljning";
            case REPORT -> "Rapport";
            case MEETINGS -> "Möten";
        };
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

    static ReportSection checkCompliance(SupplierAnalysis supplier, Window w, String careProvider) {
        String title = "Leveranskontroller inom fem arbetsdagar";
        if (supplier == null) {
            return ReportSection.noteOnly(title, NO_SUPPLIER_DATA);
        }
        ReportSection.Builder s = new ReportSection.Builder(title)
                .column("careProvider", "Vårdgivare").column("month", "Månad").column("deliveries", "Leveranser")
                .column("checkedInTime", "Kontrollerade i tid").column("checkedLate", "Kontrollerade sent")
                .column("unchecked", "Ej kontrollerade").column("share", "Andel i tid (%)");
        for (CheckCompliance c : supplier.checkCompliance(careProvider, YearMonth.from(w.from()),
                YearMonth.from(w.to()))) {
            s.row(c.careProvider(), c.month().toString(), c.deliveries(), c.checkedInTime(), c.checkedLate(),
                    c.unchecked(), BigDecimal.valueOf(c.share() * 100).setScale(1, java.math.RoundingMode.HALF_UP));
        }
        if (s.rowCount() == 0) {
            s.note("Inga leveranser i perioden.");
        }
        return s.build();
    }

    static ReportSection discrepancies(SupplierAnalysis supplier, String careProvider) {
        String title = "Avvikelser i fakturor";
        if (supplier == null) {
            return ReportSection.noteOnly(title, NO_SUPPLIER_DATA);
        }
        ReportSection.Builder s = new ReportSection.Builder(title)
                .column("supplier", "Leverantör").column("invoice", "Faktura").column("line", "Rad")
                .column("careProvider", "Vårdgivare").column("order", "Order").column("kind", "Slag")
                .column("invoiced", "Fakturerat (kr)").column("expected", "Förväntat (kr)")
                .column("detail", "Beskrivning");
        for (Discrepancy d : supplier.discrepancies(careProvider, null)) {
            s.row(d.supplier(), d.invoiceId(), d.line(), d.careProvider(), d.orderId(), d.kind().name(),
                    sek(d.invoicedOre()), sek(d.expectedOre()), d.detail());
        }
        if (s.rowCount() == 0) {
            s.note("Inga avvikelser.");
        }
        return s.build();
    }

    static BigDecimal sek(Long ore) {
        return ore == null ? null : BigDecimal.valueOf(ore, 2);
    }

    static List<ReportSection> list(ReportSection... sections) {
        return new ArrayList<>(List.of(sections));
    }
}
