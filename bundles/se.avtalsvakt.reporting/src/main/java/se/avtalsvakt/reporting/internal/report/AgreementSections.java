package se.avtalsvakt.reporting.internal.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementFilter;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.agreement.AgreementStatus;
import se.avtalsvakt.api.agreement.Participation;
import se.avtalsvakt.api.agreement.ParticipationStatus;
import se.avtalsvakt.api.agreement.TermInfo;
import se.avtalsvakt.api.report.ReportSection;

/** The section of agreements: each one's status, term and notice dates, and the parties that leave it. */
final class AgreementSections {

    private AgreementSections() {
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

    /**
     * The agreements on a day, each with the parties that leave it (or have left), by name and last day.
     *
     * @param names organisation ids to names
     */
    static ReportSection agreements(AgreementService agreements, LocalDate asOf, String only,
            Function<String, String> names) {
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

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern(
            "d MMMM yyyy", Locale.forLanguageTag("sv-SE"));

    static Leaving leaving(AgreementService agreements, Agreement a, LocalDate asOf, Function<String, String> names) {
        long total = a.parties().stream().map(p -> p.organisation()).distinct().count();
        List<Participation> parties;
        try {
            parties = agreements.parties(a.id(), asOf);
        } catch (UnsupportedOperationException e) {
            // an agreement module without participation per party
            return new Leaving(total + " parter", null);
        }
        Map<LocalDate, List<String>> byDay = new TreeMap<>();
        long ended = 0;
        for (var p : parties) {
            if (p.participatingUntil() != null) {
                byDay.computeIfAbsent(p.participatingUntil(), d -> new ArrayList<>())
                        .add(names.apply(p.organisation()));
            }
            if (p.status() == ParticipationStatus.ENDED) {
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
}
