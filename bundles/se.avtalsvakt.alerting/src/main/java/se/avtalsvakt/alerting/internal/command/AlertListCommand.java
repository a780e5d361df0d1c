package se.avtalsvakt.alerting.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseEnum;

import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertService;
import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.alert.DeliveryState;
import se.avtalsvakt.console.ConsoleCommand;

/** {@code alert:list [--state S] [--undelivered]}: the alerts, newest first. */
@Command(scope = "alert", name = "list", description = "Lists alerts, newest first")
@Service
public class AlertListCommand extends ConsoleCommand {

    @Reference
    AlertService alerts;

    @Option(name = "--state", description = "Only alerts in this state: OPEN, ACKNOWLEDGED or RESOLVED")
    String state;

    @Option(name = "--undelivered", description = "Only alerts with a delivery still pending (failed or waiting)")
    boolean undelivered;

    @Override
    protected Object run() {
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("State");
        table.column("Severity");
        table.column("Raised for");
        table.column("Kind");
        table.column("Subject");
        table.column("Due (practical)");
        table.column("Step");
        table.column("To");
        table.column("Delivery");
        for (Alert a : alerts.list(parseEnum("--state", state, AlertState.class), undelivered)) {
            table.addRow().addContent(a.id(), a.state(), a.severity(), a.raisedFor(), a.kind(), a.subject(),
                    a.practicalDate(), a.threshold(), a.addressee(), deliveries(a));
        }
        table.print(System.out);
        return null;
    }

    /** @return e.g. {@code log ok, mail pending (3 tries: Connection refused)} */
    static String deliveries(Alert a) {
        if (a.deliveries().isEmpty()) {
            return "-";
        }
        return a.deliveries().stream().map(d -> d.state() == DeliveryState.DELIVERED ? d.channel() + " ok"
                : d.channel() + " pending" + (d.attempts() == 0 ? ""
                        : " (" + d.attempts() + " tries: " + d.lastError() + ")"))
                .collect(Collectors.joining(", "));
    }
}
