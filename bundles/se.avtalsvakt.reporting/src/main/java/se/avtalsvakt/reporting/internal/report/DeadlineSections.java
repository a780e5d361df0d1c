package se.avtalsvakt.reporting.internal.report;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.report.ReportSection;
import se.avtalsvakt.reporting.internal.DeadlineCalendar;

/** The section of deadlines, shared by the deadline calendar and the yearly report. */
final class DeadlineSections {

    private DeadlineSections() {
    }

    /** @param names organisation and body ids to names, for the responsible */
    static ReportSection deadlines(String title, List<Deadline> deadlines, Function<String, String> names) {
        ReportSection.Builder s = new ReportSection.Builder(title)
                .column("date", "Datum").column("practicalDate", "Praktisk sista dag").column("kind", "Typ")
                .column("subject", "Gäller").column("owner", "Ansvarig").column("description", "Beskrivning");
        for (Deadline d : deadlines) {
            LocalDate practical = d.practicalDate() != null && !d.practicalDate().equals(d.date())
                    ? d.practicalDate() : null;
            s.row(d.date(), practical, DeadlineCalendar.label(d.kind()), d.subjectTitle(),
                    d.owner() != null ? names.apply(d.owner()) : null, d.description());
        }
        if (s.rowCount() == 0) {
            s.note("Inga tidsfrister i perioden.");
        }
        return s.build();
    }
}
