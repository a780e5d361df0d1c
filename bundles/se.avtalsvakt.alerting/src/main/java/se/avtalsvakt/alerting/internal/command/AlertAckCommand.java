package se.avtalsvakt.alerting.internal.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertService;
import se.avtalsvakt.console.ConsoleCommand;
import se.avtalsvakt.console.OpenAlertIdCompleter;

/** {@code alert:ack ID}: marks an alert as seen by the console user. */
@Command(scope = "alert", name = "ack", description = "Acknowledges an alert: you have seen it")
@Service
public class AlertAckCommand extends ConsoleCommand {

    @Reference
    AlertService alerts;

    @Argument(index = 0, name = "id", description = "The alert's id (alert:list shows it)", required = true)
    @Completion(OpenAlertIdCompleter.class)
    String id;

    @Override
    protected Object run() {
        Alert a = alerts.acknowledge(AlertShowCommand.parseId(id), user());
        System.out.println("Alert " + a.id() + " acknowledged by " + a.acknowledgedBy() + " at "
                + a.acknowledgedAt());
        return null;
    }
}
