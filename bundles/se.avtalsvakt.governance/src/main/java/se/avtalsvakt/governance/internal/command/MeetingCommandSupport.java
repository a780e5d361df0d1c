package se.avtalsvakt.governance.internal.command;

import org.apache.karaf.shell.api.action.Option;

import se.avtalsvakt.api.governance.Meeting;

/** The options {@code meeting:add} and {@code meeting:update} share, and how they report the meeting. */
public abstract class MeetingCommandSupport extends GovernanceCommandSupport {

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

    @Override
    protected java.util.Map<String, String> fieldOptions() {
        return java.util.Map.of("invitationSentOn", "--invited", "minutesSignedBy", "--signed-by", "supportBy",
                "--support");
    }

    /** Prints the meeting with what was done to it ({@code recorded}, {@code updated}) and any rule it breaks. */
    static void report(Meeting m, String done) {
        System.out.println("Meeting " + m.id() + " of " + m.body() + " on " + m.date() + " " + done
                + (m.violations().isEmpty() ? "" : "; it breaks " + m.violations().size() + " rule(s):"));
        printViolations(m.violations());
    }
}
