package se.avtalsvakt.alerting.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseDate;
import static se.avtalsvakt.console.ConsoleInput.parseNumber;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.alerting.internal.DeadlineCollector;
import se.avtalsvakt.alerting.internal.rest.DeadlineResource;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.DeadlineFilter;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.console.ConsoleCommand;

/**
 * {@code deadline:list [--from D] [--to D | --within DAYS] [--organisation ID] [--kind K] [--source S] [--limit N]}:
 * the deadlines of every source in a window (by default a year back and two years ahead, at most ten years), by
 * practical date, at most {@code --limit} of them.
 */
@Command(scope = "deadline", name = "list", description = "Lists the deadlines of every source in a window, by "
        + "practical date")
@Service
public class DeadlineListCommand extends ConsoleCommand {

    @Reference
    DeadlineCollector deadlines;

    @Reference
    PlatformClock clock;

    @Option(name = "--from", description = "The first day (default: a year ago; today with --within)")
    String from;

    @Option(name = "--to", description = "The last day (default: two years from today)")
    String to;

    @Option(name = "--within", description = "How many days after --from (or today) to look, instead of --to")
    String within;

    @Option(name = "--organisation", description = "Only deadlines this organisation or body watches (its id)")
    String organisation;

    @Option(name = "--kind", description = "Only deadlines of this kind, e.g. NOTICE_DEADLINE")
    String kind;

    @Option(name = "--source", description = "Only deadlines of this source, e.g. agreement")
    String source;

    @Option(name = "--limit", description = "At most this many, the earliest (default 100, at most 1000)")
    String limit;

    @Override
    protected Object run() {
        LocalDate today = clock.today();
        int max = parseNumber("--limit", limit, PageRequest.DEFAULT_LIMIT, 1, PageRequest.MAX_LIMIT);
        LocalDate start = parseDate("--from", from, null);
        LocalDate end = parseDate("--to", to, null);
        if (within != null) {
            if (end != null) {
                throw new IllegalArgumentException("--within: give either --to or --within, not both");
            }
            int days = parseNumber("--within", within, 365, 0, 3653);
            start = start != null ? start : today;
            end = start.plusDays(days);
        }
        DeadlineResource.Window window = DeadlineResource.Window.of(today, start, end);
        DeadlineCollector.Window found = deadlines.window(window.from(), window.to(),
                new DeadlineFilter(organisation, kind, source), PageRequest.first(max));
        ShellTable table = new ShellTable();
        table.column("Practical date");
        table.column("Deadline");
        table.column("Kind");
        table.column("Subject");
        table.column("Owner");
        table.column("What").maxSize(70);
        for (Deadline d : found.page().items()) {
            table.addRow().addContent(d.effectiveDate(), d.date(), d.kind(), d.subject(),
                    d.owner() == null ? "-" : d.owner(), d.description());
        }
        table.print(System.out);
        if (found.page().next() != null) {
            System.out.println("... (" + (found.total() - found.page().items().size()) + " more from "
                    + window.from() + " to " + window.to() + ": use --limit or a filter)");
        }
        return null;
    }
}
