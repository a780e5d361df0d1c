package se.avtalsvakt.governance.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.Representative;
import se.avtalsvakt.api.governance.Seat;
import se.avtalsvakt.console.BodyIdCompleter;

/** {@code body:show}: a body's seats, rules and representatives today. */
@Command(scope = "body", name = "show", description = "Shows a body: seats, rules and representatives today")
@Service
public class BodyShowCommand extends GovernanceCommandSupport {

    @Argument(index = 0, name = "body", required = true, description = "The body id, e.g. ledningsradet")
    @Completion(BodyIdCompleter.class)
    String id;

    @Override
    protected Object run() {
        Body b = governance.body(id).orElseThrow(() -> new NotFoundException("body", id));
        List<Representative> reps = governance.representatives(b.id(), null, clock.today());
        System.out.println(b.name() + " (" + b.id() + "), " + b.level() + ", reports to " + orDash(b.parent()));
        System.out.println("Rules: " + BodyListCommand.rules(b));
        ShellTable seats = new ShellTable();
        seats.column("Seat");
        seats.column("Title").maxSize(50);
        seats.column("Count");
        seats.column("Filled");
        seats.column("Side");
        seats.column("Appointed by").maxSize(50);
        seats.column("Appointing organisation");
        seats.column("Holders from").maxSize(60);
        for (Seat s : b.seats()) {
            long filled = reps.stream().filter(r -> s.role().equals(r.seat())).count();
            seats.addRow().addContent(s.role() + (s.chair() ? " (chair)" : ""), s.title(), s.count(), filled, s.side(),
                    orDash(s.appointedBy()), orDash(s.appointingOrganisation()),
                    s.representing().isEmpty() ? "any of the side" : String.join(",", s.representing()));
        }
        seats.print(System.out);
        ShellTable people = new ShellTable();
        people.column("No");
        people.column("Person");
        people.column("Organisation");
        people.column("Seat");
        people.column("From");
        people.column("To");
        for (Representative r : reps) {
            people.addRow().addContent(r.id(), r.person(), r.organisation(), r.seat(), r.from(), orDash(r.to()));
        }
        people.print(System.out);
        return null;
    }
}
