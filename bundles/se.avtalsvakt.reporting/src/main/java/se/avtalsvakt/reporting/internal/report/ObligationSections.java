package se.avtalsvakt.reporting.internal.report;

import java.util.List;

import se.avtalsvakt.api.obligation.ObligationKind;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.api.obligation.OccurrenceFilter;
import se.avtalsvakt.api.obligation.OccurrenceState;
import se.avtalsvakt.api.report.ReportSection;

/** The section of obligation occurrences in a window, with how many were fulfilled, late or cancelled. */
final class ObligationSections {

    private ObligationSections() {
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
            case DECISION -> "Beslut";
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
}
