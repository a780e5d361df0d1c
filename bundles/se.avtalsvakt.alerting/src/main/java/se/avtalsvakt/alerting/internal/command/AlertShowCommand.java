package se.avtalsvakt.alerting.internal.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertService;
import se.avtalsvakt.api.alert.Delivery;
import se.avtalsvakt.console.ConsoleCommand;
import se.avtalsvakt.console.ConsoleInput;

/** {@code alert:show ID}: one alert with its deliveries. */
@Command(scope = "alert", name = "show", description = "Shows one alert with its deliveries")
@Service
public class AlertShowCommand extends ConsoleCommand {

    @Reference
    AlertService alerts;

    @Argument(index = 0, name = "id", description = "The alert's id (alert:list shows it)", required = true)
    String id;

    @Override
    protected Object run() {
        Alert a = alerts.get(parseId(id));
        System.out.printf("Alert %d: %s %s%n", a.id(), a.severity(), a.state());
        System.out.printf("  Subject:    %s (%s, source %s)%n", a.subjectTitle(), a.subject(), a.source());
        System.out.printf("  Kind:       %s%n", a.kind());
        System.out.printf("  Deadline:   %s (practical %s)%n", a.dueDate(), a.practicalDate());
        System.out.printf("  Step:       %s, raised for %s, created %s%n", a.threshold(), a.raisedFor(),
                a.createdAt());
        System.out.printf("  To:         %s%n", a.addressee());
        System.out.printf("  What:       %s%n", a.description());
        if (a.acknowledgedAt() != null) {
            System.out.printf("  Seen:       by %s at %s%n", a.acknowledgedBy(), a.acknowledgedAt());
        }
        if (a.resolvedAt() != null) {
            System.out.printf("  Resolved:   %s (%s)%n", a.resolvedAt(), a.resolution());
        }
        for (Delivery d : a.deliveries()) {
            System.out.printf("  Delivery:   %s %s, %d attempt(s)%s%s%n", d.channel(), d.state(), d.attempts(),
                    d.deliveredAt() != null ? ", delivered " + d.deliveredAt() : ", next " + d.nextAttemptAt(),
                    d.lastError() != null ? ", last error: " + d.lastError() : "");
        }
        return null;
    }

    /** @return the alert id typed */
    static long parseId(String text) {
        return ConsoleInput.parseId("id", text, "an alert id (a number, see alert:list)");
    }
}
