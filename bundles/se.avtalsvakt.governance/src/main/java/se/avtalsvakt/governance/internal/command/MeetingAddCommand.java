package se.avtalsvakt.governance.internal.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Side;
import se.avtalsvakt.governance.internal.command.completers.BodyIdCompleter;

/** {@code meeting:add}: records a meeting of a body. */
@Command(scope = "meeting", name = "add", description = "Records a meeting; prints its number and any rule it breaks")
@Service
public class MeetingAddCommand extends GovernanceCommandSupport {

    @Option(name = "--invited", description = "The day the invitation with agenda was sent")
    String invited;

    @Option(name = "--agenda", description = "The agenda")
    String agenda;

    @Option(name = "--attendees", description = "Representatives present, by number: 3,4,7")
    String attendees;

    @Option(name = "--signed-by", description = "Representatives who signed the minutes, by number: 3,9")
    String signedBy;

    @Option(name = "--support", description = "Side giving administrative support (MUNICIPALITIES, REGION)")
    String support;

    @Option(name = "--notes", description = "Notes")
    String notes;

    @Argument(index = 0, name = "body", required = true, description = "The body id")
    @Completion(BodyIdCompleter.class)
    String body;

    @Argument(index = 1, name = "date", required = true, description = "The meeting's date, YYYY-MM-DD")
    String date;

    @Override
    public Object execute() {
        Meeting m = governance.addMeeting(new Meeting(0, body, parseDate("date", date, null),
                parseDate("--invited", invited, null), agenda, parseIds("--attendees", attendees),
                parseIds("--signed-by", signedBy), parseEnum("--support", support, Side.class), notes, null, null));
        System.out.println("Meeting " + m.id() + " of " + m.body() + " on " + m.date() + " recorded"
                + (m.violations().isEmpty() ? "" : "; it breaks " + m.violations().size() + " rule(s):"));
        printViolations(m.violations());
        return null;
    }
}
