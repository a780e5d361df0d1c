package se.avtalsvakt.agreement.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseDate;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.console.AgreementIdCompleter;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.agreement.Participation;

/** {@code agreement:parties ID [--as-of DATE]}: each party's own participation. */
@Command(scope = "agreement", name = "parties",
        description = "Lists each party's own participation on a day: its status, its last day and the notice that ends it")
@Service
public class AgreementPartiesCommand extends AgreementCommandSupport {

    @Reference
    PlatformClock clock;

    @Argument(index = 0, name = "id", description = "The agreement's id", required = true)
    @Completion(AgreementIdCompleter.class)
    String id;

    @Option(name = "--as-of", description = "The day to ask about (YYYY-MM-DD); default today")
    String asOf;

    @Override
    protected Object run() {
        LocalDate day = parseDate("--as-of", asOf, clock.today());
        ShellTable table = new ShellTable();
        table.column("Organisation");
        table.column("Role");
        table.column("Status");
        table.column("Until");
        table.column("Notice");
        long remaining = 0;
        var parties = agreements.parties(id, day);
        for (Participation p : parties) {
            table.addRow().addContent(p.organisation(), p.role(), p.status(), orDash(p.participatingUntil()),
                    p.notice() == null ? "-" : "from " + p.notice().party() + ", received " + p.notice().receivedOn());
            if (p.participatingUntil() == null) {
                remaining++;
            }
        }
        table.print(System.out);
        System.out.println(parties.size() + " parties as of " + day + ", " + remaining + " without an end date");
        return null;
    }
}
