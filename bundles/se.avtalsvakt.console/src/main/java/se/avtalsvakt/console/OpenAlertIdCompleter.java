package se.avtalsvakt.console;

import java.util.Collection;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertService;
import se.avtalsvakt.api.alert.AlertState;

/** Completes the ids of open alerts, the newest {@link #LIMIT} (for alert:ack). */
@Service
public class OpenAlertIdCompleter extends BoundedCompleter {

    @Reference(optional = true)
    AlertService alerts;

    @Override
    protected Collection<String> candidates(String prefix, int limit) {
        if (alerts == null) {
            return List.of();
        }
        return alerts.list(AlertState.OPEN, false, limit).stream().map(a -> String.valueOf(a.id()))
                .filter(id -> id.startsWith(prefix)).toList();
    }
}
