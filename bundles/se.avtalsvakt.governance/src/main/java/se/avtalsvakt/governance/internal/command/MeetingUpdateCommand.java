package se.avtalsvakt.governance.internal.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Side;

/** {@code meeting:update}: adds what is known afterwards: the invitation, who came, who signed the minutes. */
@Command(scope = "meeting", name = "update", description = "Changes a recorded meeting: the options given replace "
        + "what was recorded, the others stay; prints any rule it breaks")
@Service
public class MeetingUpdateCommand extends GovernanceCommandSupport {

    @Option(name = "--date", description = "The meeting's date")
    String date;

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

    @Argument(index = 0, name = "meeting", required = true, description = "The meeting's number")
    long id;

    @Override
    public Object execute() {
        Meeting m = governance.meeting(id);
        Meeting updated = governance.updateMeeting(id, new Meeting(id, m.body(),
                parseDate("--date", date, m.date()), parseDate("--invited", invited, m.invitationSentOn()),
                agenda != null ? agenda : m.agenda(),
                attendees != null ? parseIds("--attendees", attendees) : m.attendees(),
                signedBy != null ? parseIds("--signed-by", signedBy) : m.minutesSignedBy(),
                support != null ? parseEnum("--support", support, Side.class) : m.supportBy(),
                notes != null ? notes : m.notes(), null, null));
        System.out.println("Meeting " + updated.id() + " of " + updated.body() + " on " + updated.date() + " updated"
                + (updated.violations().isEmpty() ? "" : "; it breaks " + updated.violations().size() + " rule(s):"));
        printViolations(updated.violations());
        return null;
    }
}
