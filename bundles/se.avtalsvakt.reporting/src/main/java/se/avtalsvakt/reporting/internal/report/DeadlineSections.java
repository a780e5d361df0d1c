package se.avtalsvakt.reporting.internal.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.report.Column;
import se.avtalsvakt.api.report.ReportSection;
import se.avtalsvakt.reporting.internal.DeadlineCalendar;

/** The section of deadlines, shared by the deadline calendar and the yearly report. */
final class DeadlineSections {

    private DeadlineSections() {
    }

    /**
     * @param names  organisation and body ids to names, for the responsible
     * @param labels a deadline's kind in Swedish ({@link DeadlineCalendar#labels()})
     */
    static ReportSection deadlines(String title, List<Deadline> deadlines, Function<String, String> names,
            Function<Deadline, String> labels) {
        List<Column> columns = new ReportSection.Builder(title)
                .column("date", "Datum").column("practicalDate", "Praktisk sista dag").column("kind", "Typ")
                .column("subject", "Gäller").column("owner", "Ansvarig").column("description", "Beskrivning")
                .columns();
        // each row is made when the renderer writes it, so a long window is not copied into the report first
        return ReportSection.of(title, columns, deadlines, d -> {
            LocalDate practical = d.practicalDate() != null && !d.practicalDate().equals(d.date())
                    ? d.practicalDate() : null;
            return Arrays.asList(d.date(), practical, labels.apply(d), d.subjectTitle(),
                    d.owner() != null ? names.apply(d.owner()) : null, d.description());
        }, deadlines.isEmpty() ? "Inga tidsfrister i perioden." : null);
    }
}
