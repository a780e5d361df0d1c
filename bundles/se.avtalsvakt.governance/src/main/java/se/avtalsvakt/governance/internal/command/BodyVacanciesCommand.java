package se.avtalsvakt.governance.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseDate;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.governance.Vacancy;
import se.avtalsvakt.governance.internal.GovernanceDeadlineSource;

/** {@code body:vacancies}: seats with fewer people than their count, and who is asked to nominate. */
@Command(scope = "body", name = "vacancies", description = "Lists vacant seats (bodies whose register is kept) and "
        + "who is asked to nominate; --overdue: those past their nomination deadline")
@Service
public class BodyVacanciesCommand extends GovernanceCommandSupport {

    @Reference
    GovernanceDeadlineSource deadlines;

    @Option(name = "--on", description = "The day (default: today)")
    String on;

    @Option(name = "--overdue", description = "Only vacancies past their nomination deadline and still vacant")
    boolean overdue;

    @Option(name = "--limit", description = "At most this many rows (default 100, at most 1000)")
    String limit;

    @Override
    protected Object run() {
        int max = limit(limit);
        int rows = 0;
        boolean cut = false;
        ShellTable table = new ShellTable();
        if (overdue) {
            table.column("Subject");
            table.column("Seat").maxSize(60);
            table.column("Due");
            table.column("Asked to nominate");
            for (Deadline d : deadlines.overdue(parseDate("--on", on, clock.today()))) {
                if (rows++ >= max) {
                    cut = true;
                    break;
                }
                table.addRow().addContent(d.subject(), d.subjectTitle(), d.date(), orDash(d.owner()));
            }
        } else {
            table.column("Body");
            table.column("Seat");
            table.column("Filled");
            table.column("Since");
            table.column("Asked to nominate");
            for (Vacancy v : governance.vacancies(parseDate("--on", on, clock.today()))) {
                if (rows++ >= max) {
                    cut = true;
                    break;
                }
                table.addRow().addContent(v.body(), v.seatTitle(), v.filled() + "/" + v.count(), v.since(),
                        orDash(v.appointingOrganisation()));
            }
        }
        table.print(System.out);
        more(cut, max, "vacancies");
        return null;
    }
}
