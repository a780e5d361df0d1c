package se.avtalsvakt.alerting.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertService;
import se.avtalsvakt.console.ConsoleCommand;

/** {@code alert:run}: scans now instead of waiting for the daily run, and lists the alerts it raised. */
@Command(scope = "alert", name = "run", description = "Scans every deadline source now and raises what is due")
@Service
public class AlertRunCommand extends ConsoleCommand {

    @Reference
    AlertService alerts;

    @Override
    protected Object run() {
        AlertService.ScanResult r = alerts.scan();
        System.out.println("Scan for " + r.today() + ": " + r.raised() + " alert(s) raised, " + r.resolved()
                + " resolved");
        if (!r.alerts().isEmpty()) {
            ShellTable table = new ShellTable();
            table.column("Id");
            table.column("Step");
            table.column("Kind");
            table.column("Subject");
            table.column("Due");
            table.column("For");
            table.column("Addressee");
            table.column("State");
            for (Alert a : r.alerts()) {
                table.addRow().addContent(a.id(), a.threshold(), a.kind(), a.subject(), a.practicalDate(),
                        a.raisedFor(), a.addressee(), a.state());
            }
            table.print(System.out);
        }
        return null;
    }
}
