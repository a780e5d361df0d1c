package se.avtalsvakt.alerting.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.alert.AlertService;

/** {@code alert:run}: scans now instead of waiting for the daily run. */
@Command(scope = "alert", name = "run", description = "Scans every deadline source now and raises what is due")
@Service
public class AlertRunCommand implements Action {

    @Reference
    AlertService alerts;

    @Override
    public Object execute() {
        AlertService.ScanResult r = alerts.scan();
        System.out.println("Scan for " + r.today() + ": " + r.raised() + " alert(s) raised, " + r.resolved()
                + " resolved");
        return null;
    }
}
