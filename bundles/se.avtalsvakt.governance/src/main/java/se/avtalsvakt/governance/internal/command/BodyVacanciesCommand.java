package se.avtalsvakt.governance.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.governance.Vacancy;

/** {@code body:vacancies}: seats with fewer people than their count. */
@Command(scope = "body", name = "vacancies", description = "Lists vacant seats (bodies whose register is kept)")
@Service
public class BodyVacanciesCommand extends GovernanceCommandSupport {

    @Option(name = "--on", description = "The day (default: today)")
    String on;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Body");
        table.column("Seat");
        table.column("Filled");
        table.column("Since");
        for (Vacancy v : governance.vacancies(parseDate("--on", on, clock.today()))) {
            table.addRow().addContent(v.body(), v.seatTitle(), v.filled() + "/" + v.count(), v.since());
        }
        table.print(System.out);
        return null;
    }
}
