package se.avtalsvakt.reporting.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.report.ReportInfo;
import se.avtalsvakt.api.report.ReportService;
import se.avtalsvakt.console.ConsoleCommand;

/** {@code report:list}: the installed reports and formats. */
@Command(scope = "report", name = "list", description = "Lists the installed reports, their parameters and formats")
@Service
public class ReportListCommand extends ConsoleCommand {

    @Reference
    ReportService reports;

    @Override
    protected Object run() {
        for (ReportInfo r : reports.reports()) {
            System.out.println(String.format("%-18s %s  [parameters: %s]", r.kind(), r.title(),
                    String.join(", ", r.parameters())));
        }
        System.out.println("formats: " + String.join(", ", reports.formats()));
        return null;
    }
}
