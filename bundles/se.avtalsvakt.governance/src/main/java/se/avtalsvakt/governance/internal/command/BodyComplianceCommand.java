package se.avtalsvakt.governance.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseYear;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.governance.Compliance;
import se.avtalsvakt.console.BodyIdCompleter;

/** {@code body:compliance}: how a body kept its rules in a year. */
@Command(scope = "body", name = "compliance", description = "Shows a body's compliance in a year: meetings held vs "
        + "required, invitations on time, quorum, decisions that broke a rule")
@Service
public class BodyComplianceCommand extends GovernanceCommandSupport {

    @Option(name = "--year", description = "The calendar year (default: this year)")
    String year;

    @Argument(index = 0, name = "body", required = true, description = "The body id, e.g. ledningsradet")
    @Completion(BodyIdCompleter.class)
    String id;

    @Override
    protected Object run() {
        Compliance c = governance.compliance(id, parseYear("--year", year, clock.today().getYear()));
        System.out.println(c.body() + " " + c.year() + ": " + (c.compliant() ? "COMPLIANT" : "NOT COMPLIANT ("
                + c.violations().size() + " violations)"));
        if (c.state() != null) {
            System.out.println("  meetings " + c.state() + ": " + c.meetingsHeld() + " of " + c.meetingsRequired()
                    + " held, " + c.meetingsRemaining() + " still needed, " + c.daysLeft() + " days left");
        }
        System.out.println("  meetings held " + c.meetingsHeld() + ", planned " + c.meetingsPlanned() + ", required "
                + (c.meetingsRequired() == null ? "-" : c.meetingsRequired()
                        + (c.meetingsMaximum() == null ? "+" : "-" + c.meetingsMaximum())));
        if (c.invitationLeadDays() != null) {
            System.out.println("  invitations on time " + c.invitationsOnTime() + ", late or missing "
                    + c.invitationsLate() + " (" + c.invitationLeadDays() + " days before)");
        }
        System.out.println("  quorum met " + c.quorumMet() + ", not met " + c.quorumNotMet());
        System.out.println("  decisions breaking a rule " + c.decisionsBreakingRules());
        printViolations(c.violations());
        return null;
    }
}
