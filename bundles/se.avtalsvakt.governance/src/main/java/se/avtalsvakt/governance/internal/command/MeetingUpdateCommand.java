package se.avtalsvakt.governance.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseId;
import static se.avtalsvakt.console.ConsoleInput.parseDate;
import static se.avtalsvakt.console.ConsoleInput.parseEnum;

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
public class MeetingUpdateCommand extends MeetingCommandSupport {

    @Option(name = "--date", description = "The meeting's date")
    String date;

    @Argument(index = 0, name = "meeting", required = true, description = "The meeting's number")
    String id;

    @Override
    protected Object run() {
        long id = parseId("meeting", this.id, "a meeting number (see meeting:list)");
        Meeting m = governance.meeting(id);
        Meeting updated = governance.updateMeeting(id, new Meeting(id, m.body(),
                parseDate("--date", date, m.date()), parseDate("--invited", invited, m.invitationSentOn()),
                agenda != null ? agenda : m.agenda(),
                attendees != null ? parseIds("--attendees", attendees) : m.attendees(),
                signedBy != null ? parseIds("--signed-by", signedBy) : m.minutesSignedBy(),
                support != null ? parseEnum("--support", support, Side.class) : m.supportBy(),
                notes != null ? notes : m.notes(), null, null));
        report(updated, "updated");
        return null;
    }
}
