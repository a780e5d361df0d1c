package se.avtalsvakt.alerting.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertService;
import se.avtalsvakt.console.ConsoleCommand;

/**
 * {@code alert:run [--confirm]}: scans now instead of waiting for the daily run, and lists the first alerts it
 * raised; {@code --confirm} is the go-ahead for a scan the guard holds. {@code alert:scan} is the same command.
 */
@Command(scope = "alert", name = "run", description = "Scans every deadline source now and raises what is due")
@Service
public class AlertRunCommand extends ConsoleCommand {

    @Reference
    AlertService alerts;

    @Option(name = "--confirm", description = "Raise the alerts even if they are more than the guard allows "
            + "(the go-ahead for a held scan)")
    boolean confirm;

    @Override
    protected Object run() {
        AlertService.ScanResult r = alerts.scan(confirm);
        if (r.held()) {
            System.out.println("Scan for " + r.today() + " held: it would raise " + r.heldCount() + " alert(s) "
                    + r.heldByKind() + ", more than the guard allows; nothing was raised. Check the sources, then "
                    + "run alert:scan --confirm");
            return null;
        }
        System.out.println("Scan for " + r.today() + ": " + r.raised() + " alert(s) raised, " + r.resolved()
                + " resolved");
        if (r.deferred() > 0) {
            System.out.println(r.deferred() + " alert(s) left for later scans (at most the configured number per "
                    + "kind and scan): " + r.deferredByKind());
        }
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
            if (r.raised() > r.alerts().size()) {
                System.out.println("... (" + (r.raised() - r.alerts().size()) + " more: see alert:list)");
            }
        }
        return null;
    }
}
