package se.avtalsvakt.evaluation.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseDate;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.api.obligation.OccurrenceFilter;
import se.avtalsvakt.api.obligation.OccurrenceState;
import se.avtalsvakt.console.AgreementIdCompleter;
import se.avtalsvakt.console.BodyIdCompleter;

/**
 * {@code obligation:list}: occurrences of the obligation plans in a window, with their state today; a cancelled one
 * with the reason (the notice). {@code --overdue} alone lists every overdue occurrence, however old.
 */
@Command(scope = "obligation", name = "list", description = "Lists obligation occurrences (evaluations, follow-ups, "
        + "reports, meeting counts) with their due date and state")
@Service
public class ObligationListCommand extends ObligationCommandSupport {

    @Option(name = "--agreement", description = "Only plans of this agreement")
    @Completion(AgreementIdCompleter.class)
    String agreement;

    @Option(name = "--body", description = "Only plans of this governance body")
    @Completion(BodyIdCompleter.class)
    String body;

    @Option(name = "--overdue", description = "Only overdue occurrences; without --from and --to every one, "
            + "however old")
    boolean overdue;

    @Option(name = "--from", description = "First due date (default: a year ago)")
    String from;

    @Option(name = "--to", description = "Last due date (default: a year ahead)")
    String to;

    @Option(name = "--limit", description = "At most this many rows (default 100, at most 1000)")
    String limit;

    @Override
    protected Object run() {
        LocalDate today = clock.today();
        LocalDate first = parseDate("--from", from, overdue ? null : today.minusYears(1));
        LocalDate last = parseDate("--to", to, overdue ? today : today.plusYears(1));
        ShellTable table = new ShellTable();
        table.column("Occurrence");
        table.column("Title").maxSize(50);
        table.column("Due");
        table.column("State");
        table.column("Done");
        table.column("Responsible");
        table.column("Note").maxSize(60);
        var page = obligations.occurrences(new OccurrenceFilter(first, last, agreement, body,
                overdue ? OccurrenceState.OVERDUE : null), page(limit));
        for (Occurrence o : page.items()) {
            table.addRow().addContent(o.id(), o.title(), o.dueDate(), o.state(),
                    o.fulfilments().size() + "/" + o.required(), o.responsible(),
                    o.cancelledReason() == null ? "" : o.cancelledReason());
        }
        table.print(System.out);
        more(page, "occurrences");
        return null;
    }
}
