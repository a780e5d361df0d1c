package se.avtalsvakt.alerting.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseNumber;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.Deadlines;
import se.avtalsvakt.console.ConsoleCommand;

/** {@code deadline:list [--within DAYS]}: every deadline from today on, of every source. */
@Command(scope = "deadline", name = "list", description = "Lists the deadlines of every source from today on")
@Service
public class DeadlineListCommand extends ConsoleCommand {

    @Reference
    Deadlines deadlines;

    @Reference
    PlatformClock clock;

    @Option(name = "--within", description = "How many days ahead to look (default 365)")
    String within;

    @Override
    protected Object run() {
        int days = parseNumber("--within", within, 365, 0, 36_500);
        LocalDate today = clock.today();
        ShellTable table = new ShellTable();
        table.column("Practical date");
        table.column("Deadline");
        table.column("Kind");
        table.column("Subject");
        table.column("Owner");
        table.column("What").maxSize(70);
        for (Deadline d : deadlines.between(today, today.plusDays(days))) {
            table.addRow().addContent(d.effectiveDate(), d.date(), d.kind(), d.subject(),
                    d.owner() == null ? "-" : d.owner(), d.description());
        }
        table.print(System.out);
        return null;
    }
}
