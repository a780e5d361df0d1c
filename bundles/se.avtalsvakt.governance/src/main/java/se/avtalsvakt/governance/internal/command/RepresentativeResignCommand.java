package se.avtalsvakt.governance.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseId;
import static se.avtalsvakt.console.ConsoleInput.parseDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.governance.Notification;
import se.avtalsvakt.api.governance.Representative;

/** {@code representative:resign}: records that a representative leaves. */
@Command(scope = "representative", name = "resign", description = "Records that a representative leaves their seat")
@Service
public class RepresentativeResignCommand extends GovernanceCommandSupport {

    @Option(name = "--notified", description = "When the coordination function was told (default: today)")
    String notified;

    @Option(name = "--principal-notified", description = "When the principal (who appointed the representative) "
            + "was told (default: not recorded)")
    String principalNotified;

    @Argument(index = 0, name = "number", required = true, description = "The representative's number")
    String id;

    @Argument(index = 1, name = "lastDay", required = true, description = "The last day in office, YYYY-MM-DD")
    String lastDay;

    @Override
    protected java.util.Map<String, String> fieldOptions() {
        return java.util.Map.of("to", "lastDay");
    }

    @Override
    protected Object run() {
        long id = parseId("number", this.id, "a representative number (see body:show)");
        Representative r = governance.resign(id, parseDate("lastDay", lastDay, null),
                parseDate("--notified", notified, clock.today()),
                parseDate("--principal-notified", principalNotified, null));
        System.out.println(r.person() + " leaves " + (r.body() != null ? r.body() + "/" + r.seat() : r.network())
                + " after " + r.to());
        for (Notification n : r.notifications()) {
            System.out.println("  notified " + (Notification.PRINCIPAL.equals(n.role()) ? "principal " : "")
                    + n.recipientName() + " (" + n.recipient() + "): "
                    + (n.notifiedOn() == null ? "not recorded" : n.notifiedOn().toString()));
        }
        return null;
    }
}
