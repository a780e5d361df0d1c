package se.avtalsvakt.governance.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseYear;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.console.BodyIdCompleter;

/** {@code meeting:list}: recorded meetings. */
@Command(scope = "meeting", name = "list", description = "Lists recorded meetings")
@Service
public class MeetingListCommand extends GovernanceCommandSupport {

    @Option(name = "--body", description = "Only this body's meetings")
    @Completion(BodyIdCompleter.class)
    String body;

    @Option(name = "--year", description = "Only this year's meetings")
    String year;

    @Option(name = "--limit", description = "At most this many rows (default 100, at most 1000)")
    String limit;

    @Override
    protected Object run() {
        ShellTable table = new ShellTable();
        table.column("No");
        table.column("Body");
        table.column("Date");
        table.column("Invited");
        table.column("Present");
        table.column("Decisions");
        table.column("Violations");
        var page = governance.meetings(body, parseYear("--year", year),
                se.avtalsvakt.api.page.PageRequest.first(limit(limit)));
        for (Meeting m : page.items()) {
            long broken = m.violations().size() + m.decisions().stream().mapToLong(d -> d.violations().size()).sum();
            table.addRow().addContent(m.id(), m.body(), m.date(), orDash(m.invitationSentOn()), m.attendees().size(),
                    m.decisions().size(), broken);
        }
        table.print(System.out);
        more(page.next() != null, page.items().size(), "meetings");
        return null;
    }
}
