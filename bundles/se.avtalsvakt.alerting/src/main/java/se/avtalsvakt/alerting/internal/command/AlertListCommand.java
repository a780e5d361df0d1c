package se.avtalsvakt.alerting.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseEnum;
import static se.avtalsvakt.console.ConsoleInput.parseNumber;

import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.alerting.internal.store.AlertStore;
import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertFilter;
import se.avtalsvakt.api.alert.AlertService;
import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.alert.DeliveryState;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.console.ConsoleCommand;

/**
 * {@code alert:list [--state S] [--undelivered] [--kind K] [--source S] [--to ID] [--limit N]}: the newest alerts,
 * newest first, at most {@code --limit} (100 by default, 1000 at most).
 */
@Command(scope = "alert", name = "list", description = "Lists alerts, newest first")
@Service
public class AlertListCommand extends ConsoleCommand {

    @Reference
    AlertService alerts;

    @Option(name = "--state", description = "Only alerts in this state: OPEN, ACKNOWLEDGED or RESOLVED")
    String state;

    @Option(name = "--undelivered", description = "Only alerts with a delivery still pending (failed or waiting)")
    boolean undelivered;

    @Option(name = "--kind", description = "Only alerts of this deadline kind, e.g. NOTICE_DEADLINE")
    String kind;

    @Option(name = "--source", description = "Only alerts of this deadline source, e.g. agreement")
    String source;

    @Option(name = "--to", description = "Only alerts to this organisation or body (its id)")
    String addressee;

    @Option(name = "--limit", description = "At most this many, the newest (default 100, at most 1000)")
    String limit;

    @Reference
    AlertStore store;

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
        AlertFilter filter = new AlertFilter(parseEnum("--state", state, AlertState.class), undelivered, kind, source,
                addressee);
        int max = parseNumber("--limit", limit, PageRequest.DEFAULT_LIMIT, 1, PageRequest.MAX_LIMIT);
        Page<Alert> page = alerts.page(filter, PageRequest.first(max));
        for (Alert a : page.items()) {
            table.addRow().addContent(a.id(), a.state(), a.severity(), a.raisedFor(), a.kind(), a.subject(),
                    a.practicalDate(), a.threshold(), a.addressee(), deliveries(a));
        }
        table.print(System.out);
        if (page.next() != null) {
            System.out.println("... (" + (store.count(filter) - page.items().size())
                    + " more: use --limit or a filter)");
        }
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
