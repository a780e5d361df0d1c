package se.avtalsvakt.governance.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseId;
import static se.avtalsvakt.console.ConsoleInput.parseEnum;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.governance.Decision;
import se.avtalsvakt.api.governance.DecisionOutcome;
import se.avtalsvakt.governance.internal.Amounts;

/** {@code decision:add}: records a decision in a meeting, checked against the body's rules. */
@Command(scope = "decision", name = "add", description = "Records a decision in a meeting; prints any rule it breaks")
@Service
public class DecisionAddCommand extends GovernanceCommandSupport {

    @Option(name = "--kind", description = "The kind of decision, e.g. IT_SUPPORT_ADAPTATION")
    String kind;

    @Option(name = "--amount", description = "The amount in kronor, exactly: 50000, 50000.50 or \"50 000,50\"")
    String amount;

    @Option(name = "--dissent", description = "Who dissented and why")
    String dissent;

    @Argument(index = 0, name = "meeting", required = true, description = "The meeting's number")
    String meeting;

    @Argument(index = 1, name = "outcome", required = true, description = "ADOPTED, PROPOSED, REMITTED or DROPPED")
    String outcome;

    @Argument(index = 2, name = "subject", required = true, description = "What it is about")
    String subject;

    @Override
    protected java.util.Map<String, String> fieldOptions() {
        return java.util.Map.of("amountOre", "--amount", "amountSek", "--amount");
    }

    @Override
    protected Object run() {
        long meeting = parseId("meeting", this.meeting, "a meeting number (see meeting:list)");
        Long ore = amount == null ? null : Amounts.ore(amount, "--amount");
        Decision d = governance.addDecision(meeting, new Decision(0, meeting, subject, kind, null,
                parseEnum("outcome", outcome, DecisionOutcome.class), dissent, null, ore, null));
        System.out.println("Decision " + d.id() + " recorded in meeting " + meeting + ": " + d.outcome()
                + (d.amountOre() == null ? "" : ", " + Amounts.kronor(d.amountOre()))
                + (d.violations().isEmpty() ? "" : "; it breaks " + d.violations().size() + " rule(s):"));
        printViolations(d.violations());
        return null;
    }
}
