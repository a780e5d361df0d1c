package se.avtalsvakt.governance.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseDate;
import static se.avtalsvakt.console.ConsoleInput.parseEnum;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Side;
import se.avtalsvakt.console.BodyIdCompleter;

/** {@code meeting:add}: records a meeting of a body. */
@Command(scope = "meeting", name = "add", description = "Records a meeting; prints its number and any rule it breaks")
@Service
public class MeetingAddCommand extends MeetingCommandSupport {

    @Argument(index = 0, name = "body", required = true, description = "The body id")
    @Completion(BodyIdCompleter.class)
    String body;

    @Argument(index = 1, name = "date", required = true, description = "The meeting's date, YYYY-MM-DD")
    String date;

    @Override
    protected Object run() {
        Meeting m = governance.addMeeting(new Meeting(0, body, parseDate("date", date, null),
                parseDate("--invited", invited, null), agenda, parseIds("--attendees", attendees),
                parseIds("--signed-by", signedBy), parseEnum("--support", support, Side.class), notes, null, null));
        report(m, "recorded");
        return null;
    }
}
