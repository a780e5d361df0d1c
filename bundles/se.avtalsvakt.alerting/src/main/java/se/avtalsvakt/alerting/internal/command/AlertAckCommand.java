package se.avtalsvakt.alerting.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertService;

/** {@code alert:ack ID}: marks an alert as seen by the console user. */
@Command(scope = "alert", name = "ack", description = "Acknowledges an alert: you have seen it")
@Service
public class AlertAckCommand implements Action {

    @Reference
    AlertService alerts;

    @Reference
    Session session;

    @Argument(index = 0, name = "id", description = "The alert's id (alert:list shows it)", required = true)
    String id;

    @Override
    public Object execute() {
        Alert a = alerts.acknowledge(AlertShowCommand.parseId(id), user());
        System.out.println("Alert " + a.id() + " acknowledged by " + a.acknowledgedBy() + " at "
                + a.acknowledgedAt());
        return null;
    }

    private String user() {
        Object user = session == null ? null : session.get("USER");
        return user != null ? user.toString() : System.getProperty("user.name", "console");
    }
}
