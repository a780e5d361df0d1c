package se.avtalsvakt.alerting.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code alert:scan [--confirm]}: the same as {@code alert:run}. */
@Command(scope = "alert", name = "scan", description = "Scans every deadline source now and raises what is due; "
        + "--confirm releases a scan the guard holds")
@Service
public class AlertScanCommand extends AlertRunCommand {
}
