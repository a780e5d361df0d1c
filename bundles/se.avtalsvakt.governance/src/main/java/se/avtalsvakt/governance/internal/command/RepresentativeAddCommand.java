package se.avtalsvakt.governance.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.governance.Representative;
import se.avtalsvakt.console.BodyIdCompleter;
import se.avtalsvakt.console.OrganisationIdCompleter;

/** {@code representative:add}: records who represents an organisation in a body's seat or in a network. */
@Command(scope = "representative", name = "add",
        description = "Records a representative in a body's seat (--body, --seat) or in a network (--network)")
@Service
public class RepresentativeAddCommand extends GovernanceCommandSupport {

    @Option(name = "--body", description = "The body, e.g. ledningsradet")
    @Completion(BodyIdCompleter.class)
    String body;

    @Option(name = "--seat", description = "The seat's role in the body, e.g. kommunerna")
    String seat;

    @Option(name = "--network", description = "A network instead of a body, e.g. Socialchefsnätverk")
    String network;

    @Option(name = "--from", description = "First day (default: today)")
    String from;

    @Option(name = "--to", description = "Last day, if known")
    String to;

    @Argument(index = 0, name = "organisation", required = true, description = "The organisation represented")
    @Completion(OrganisationIdCompleter.class)
    String organisation;

    @Argument(index = 1, name = "person", required = true, description = "The person's name (quote it)")
    String person;

    @Override
    protected Object run() {
        Representative r = governance.appoint(new Representative(0, person, organisation, body, seat, network,
                parseDate("--from", from, clock.today()), parseDate("--to", to, null), null, null));
        System.out.println("Representative " + r.id() + ": " + r.person() + " (" + r.organisation() + ") in "
                + (r.body() != null ? r.body() + "/" + r.seat() : r.network()) + " from " + r.from());
        return null;
    }
}
