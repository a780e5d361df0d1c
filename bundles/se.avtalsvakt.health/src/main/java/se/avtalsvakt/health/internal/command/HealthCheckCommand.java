package se.avtalsvakt.health.internal.command;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.avtalsvakt.health.internal.HealthReport;
import se.avtalsvakt.health.internal.PlatformHealth;

/**
 * {@code health:check}: runs the platform's health checks (those {@code GET /system/health} runs, or those with the
 * given tags) and prints one line per check, then the overall status and the failing checks.
 */
@Command(scope = "health", name = "check", description = "Runs the platform's health checks and prints each result")
@Service
public class HealthCheckCommand implements Action {

    @Reference
    PlatformHealth health;

    @Option(name = "--tag", aliases = "-t", multiValued = true,
            description = "Run the checks with this tag instead (repeatable), e.g. --tag systemalive")
    List<String> tags;

    @Override
    public Object execute() {
        HealthReport report = tags == null || tags.isEmpty() ? health.report() : health.report(tags);
        print(report, System.out);
        return null;
    }

    /** Prints the table and the overall line; the overall line is last. */
    static void print(HealthReport report, PrintStream out) {
        ShellTable table = new ShellTable();
        table.column("Status");
        table.column("Check");
        table.column("Message");
        for (HealthReport.Check c : report.checks()) {
            table.addRow().addContent(c.status().name(), c.name(),
                    c.messages().isEmpty() ? "" : String.join("; ", c.messages()));
        }
        table.print(out);
        out.println(overall(report));
    }

    /** @return e.g. {@code Overall: OK (ready)} or {@code Overall: CRITICAL (not ready; failing: Datasource)} */
    static String overall(HealthReport report) {
        return report.ready() ? "Overall: " + report.status() + " (ready)"
                : "Overall: " + report.status() + " (not ready; failing: " + String.join(", ", report.failing()) + ")";
    }
}
